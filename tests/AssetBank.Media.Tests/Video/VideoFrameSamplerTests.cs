using AssetBank.Core.Errors;
using AssetBank.Media.Processes;
using AssetBank.Media.Tests.TestSupport;
using AssetBank.Media.Video;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Tests.Video;

/// <summary>Keyframes of reference videos, with ingestion's shot detector and real ffmpeg.</summary>
[Collection(MediaTestGroup.Name)]
public sealed class VideoFrameSamplerTests(SyntheticMedia media) : IDisposable
{
    private readonly ProcessRunner _runner = new(2);

    public void Dispose() => _runner.Dispose();

    private VideoFrameSampler Sampler => new(_runner, Options.Create(new MediaOptions()));

    [Fact]
    public async Task A_short_shot_gives_its_middle_frame_and_a_longer_one_a_frame_per_spacing_spread_evenly()
    {
        var video = await media.CutsVideoAsync();

        var one = await Sampler.SampleAsync(video, "cuts.mp4", 4.0, CancellationToken.None);
        var two = await Sampler.SampleAsync(video, "cuts.mp4", 1.0, CancellationToken.None);

        // Seven 2 s shots (cuts every 2 s, 14 s in all).
        Assert.Equal(7, one.ShotCount);
        Assert.Equal(14.0, one.DurationSeconds, 1);
        Assert.Equal(Enumerable.Range(0, 7), one.Frames.Select(f => f.ShotIndex));
        Assert.All(one.Frames, f => Assert.Equal((f.ShotIndex * 2) + 1.0, f.Seconds, 1));
        Assert.All(one.Frames, f => Assert.Equal((f.ShotIndex * 2.0, (f.ShotIndex * 2.0) + 2), (Math.Round(f.ShotStartSeconds, 1), Math.Round(f.ShotEndSeconds, 1))));
        Assert.Equal(14, two.Frames.Count);
        Assert.Equal([0.5, 1.5, 2.5, 3.5], two.Frames.Take(4).Select(f => Math.Round(f.Seconds, 1)));
        Assert.All(two.Frames, f => Assert.True(f.Jpeg.Length > 100 && f.Jpeg[0] == 0xFF && f.Jpeg[1] == 0xD8));
    }

    [Fact]
    public async Task A_file_that_is_not_a_video_is_rejected_by_name()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "notes.mp4");
        await File.WriteAllTextAsync(path, "not a video at all");

        var error = await Assert.ThrowsAsync<ContentRejectedException>(() => Sampler.SampleAsync(path, "refs/notes.mp4", 4.0, CancellationToken.None));

        Assert.Contains("refs/notes.mp4", error.Message, StringComparison.Ordinal);
    }
}
