namespace AssetBank.Cli.Tests;

/// <summary>
/// <c>reference import --kind video</c>, the check of a new video's shots aligned in time against it, and
/// <c>alarms list|show</c> through the real CLI, on tiny videos made with ffmpeg from seeded stills.
/// </summary>
public sealed class VideoReferenceCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-video-alarms-" + Guid.NewGuid().ToString("N"));

    public VideoReferenceCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "stills"));
        Directory.CreateDirectory(Path.Combine(_root, "refs"));
        Directory.CreateDirectory(Path.Combine(_root, "data", "store", "campaign"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task A_reordered_trimmed_brightened_re_edit_raises_alarms_with_both_time_ranges_and_an_unrelated_video_none()
    {
        // The licensed video: four 2 s shots (00:00 71, 00:02 72, 00:04 73, 00:06 74).
        await MakeVideoAsync(Path.Combine(_root, "refs", "tvc.mp4"), [(71, 2.0), (72, 2.0), (73, 2.0), (74, 2.0)], "scale=480:360", 23);
        // The re-edit: shots 73 (trimmed) and 74 first, then the opening 71; brighter, smaller, harder compressed.
        await MakeVideoAsync(Path.Combine(Data, "store", "campaign", "cutdown.mp4"), [(73, 1.2), (74, 1.6), (71, 1.5)], "eq=brightness=0.06:contrast=1.1,scale=400:300", 30);
        await MakeVideoAsync(Path.Combine(Data, "store", "campaign", "unrelated.mp4"), [(81, 1.5), (82, 1.5), (83, 1.5)], "scale=480:360", 26);

        var import = await CliProcess.RunAsync("reference", "import", Path.Combine(_root, "refs"), "--kind", "video", "--name", "Getty Video", "--licence", "RM 2024-117", "--data", Data);
        Assert.True(import.ExitCode == 0, import.Error + import.Output);
        Assert.Contains("新增 1", import.Output, StringComparison.Ordinal);
        var again = await CliProcess.RunAsync("reference", "import", Path.Combine(_root, "refs"), "--kind", "video", "--name", "Getty Video", "--licence", "RM 2024-117", "--data", Data);
        Assert.Contains("新增 0 · 更新 0 · 未变 1", again.Output, StringComparison.Ordinal);

        var ingest = await CliProcess.RunAsync("ingest", "--data", Data);
        Assert.True(ingest.ExitCode == 0, ingest.Error + ingest.Output);
        var check = await CliProcess.RunAsync("alarms", "check", "--data", Data);
        Assert.True(check.ExitCode == 0, check.Error + check.Output);

        var list = await CliProcess.RunAsync("alarms", "list", "--data", Data);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("共 2 条", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("unrelated", list.Output, StringComparison.Ordinal);
        var shown = string.Concat(await Task.WhenAll(new[] { "1", "2" }.Select(async id => (await CliProcess.RunAsync("alarms", "show", id, "--data", Data)).Output)));
        Assert.Contains("campaign/cutdown.mp4 镜头 1–2 (00:00–00:02) ↔ 参考 00:04–00:07", shown, StringComparison.Ordinal);
        Assert.Contains("campaign/cutdown.mp4 镜头 3 (00:02–00:04) ↔ 参考 00:00–00:01", shown, StringComparison.Ordinal);
        Assert.Contains("整片 (whole video)", shown, StringComparison.Ordinal);
        Assert.Contains("Getty Video/tvc.mp4", shown, StringComparison.Ordinal);
    }

    private Task MakeVideoAsync(string path, IReadOnlyList<(int Seed, double Seconds)> shots, string filter, int crf) =>
        TestVideos.MakeAsync(path, Path.Combine(_root, "stills"), shots, filter, crf);
}
