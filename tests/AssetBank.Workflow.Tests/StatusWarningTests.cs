using AssetBank.Application.Status;

namespace AssetBank.Workflow.Tests;

public sealed class StatusWarningTests
{
    [Fact]
    public async Task A_truncated_video_is_counted_as_processed_with_warnings_and_listed_with_its_message()
    {
        await using var bank = WorkflowBank.Create();
        var whole = await WorkflowBank.ThreeShotVideoAsync();
        // A faststart file cut at two thirds: the index is whole, so it probes and is processed, but decoding ends early.
        var truncated = Path.Combine(bank.Root, "t.mp4");
        await WorkflowBank.FfmpegAsync("-f", "lavfi", "-t", "4", "-i", "testsrc2=s=320x180:r=25", "-c:v", "libx264", "-preset", "veryfast", "-movflags", "+faststart", "-pix_fmt", "yuv420p", truncated);
        var bytes = await File.ReadAllBytesAsync(truncated);
        await bank.PutAndIngestAsync("tvc/whole.mp4", whole);
        await bank.PutAndIngestAsync("tvc/truncated.mp4", bytes.AsSpan(0, bytes.Length * 2 / 3).ToArray());

        var status = await bank.Get<BankStatus>().GetAsync(default);
        Assert.Equal(1, status.ProcessedWithWarnings);
        var warning = Assert.Single(status.Warnings.Select(w => w.Key).Distinct());
        Assert.Equal("tvc/truncated.mp4", warning);
        Assert.All(status.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message)));
    }
}
