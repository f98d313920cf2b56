using System.Diagnostics;

namespace AssetBank.Cli.Tests;

/// <summary>
/// <c>reference import --kind audio</c> (a music track and a video's soundtrack), the audio check at ingest, and the
/// time ranges on <c>alarms list</c>, through the real CLI on a few seconds of generated music. Needs ffmpeg and fpcalc.
/// </summary>
public sealed class AudioAlarmCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("assetbank-audio-alarms-").FullName;

    private string Refs => Path.Combine(_root, "refs");

    private string Data => Path.Combine(_root, "data");

    private string Store => Path.Combine(Data, "store", "campaign");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A pseudo-random note every quarter second on two voices; <paramref name="seed"/> picks the tune.</summary>
    private static string Music(double seed, int seconds) =>
        $"aevalsrc=exprs='0.4*sin(2*PI*t*220*pow(2,floor(15*abs(sin(floor(t*4)*{seed})))/12))+0.2*sin(2*PI*t*110*pow(2,floor(8*abs(sin(floor(t)*{seed}*1.3)))/12))':s=22050:d={seconds}";

    [Fact]
    public async Task A_music_bed_reused_from_its_fifth_second_under_noise_alarms_with_both_time_ranges_and_unrelated_audio_does_not()
    {
        Directory.CreateDirectory(Path.Combine(Refs, "bgm"));
        Directory.CreateDirectory(Store);
        await FfmpegAsync("-f", "lavfi", "-i", Music(1.7, 24), Path.Combine(Refs, "bgm", "licensed.wav"));
        await FfmpegAsync("-f", "lavfi", "-i", "color=c=navy:s=160x90:r=10:d=20", "-f", "lavfi", "-i", Music(2.9, 20), "-shortest",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", Path.Combine(Refs, "promo.mp4"));
        // The ad: 12 s of the licensed track from 00:05, under pink noise at −10 dB, as a 64 kbps mp3.
        await FfmpegAsync("-ss", "5", "-t", "12", "-i", Path.Combine(Refs, "bgm", "licensed.wav"),
            "-f", "lavfi", "-t", "12", "-i", "anoisesrc=color=pink:amplitude=0.3:sample_rate=22050:seed=3",
            "-filter_complex", "[0:a][1:a]amix=inputs=2:weights='1 0.316':normalize=0:duration=first[out]", "-map", "[out]",
            "-c:a", "libmp3lame", "-b:a", "64k", Path.Combine(Store, "ad.mp3"));
        await FfmpegAsync("-ss", "3", "-t", "10", "-i", Path.Combine(Refs, "promo.mp4"), "-vn", "-c:a", "aac", "-b:a", "48k", Path.Combine(Store, "cutdown.m4a"));
        await FfmpegAsync("-f", "lavfi", "-i", Music(4.3, 15), Path.Combine(Store, "own.wav"));

        var import = await SucceedsAsync("reference", "import", Refs, "--kind", "audio", "--name", "音乐库", "--licence", "BGM 2026-03, 仅限电视");
        Assert.Contains("新增 2", import, StringComparison.Ordinal);
        await SucceedsAsync("ingest");

        var list = await SucceedsAsync("alarms", "list");
        Assert.Contains("共 2 条", list, StringComparison.Ordinal);
        var ad = Assert.Single(list.Split('\n'), l => l.Contains("ad.mp3", StringComparison.Ordinal));
        Assert.Contains("音频 (audio) 00:00–00:", ad, StringComparison.Ordinal);
        // Time codes are whole seconds, truncated: the reuse starts at 00:05 of the track give or take a fingerprint value (0.12 s).
        Assert.Matches("↔ 参考 00:0[45]–00:1[3-7]", ad);
        Assert.Contains("bgm/licensed.wav", ad, StringComparison.Ordinal);
        Assert.Matches("↔ 参考 00:0[23]–00:1[0-3]", Assert.Single(list.Split('\n'), l => l.Contains("cutdown.m4a", StringComparison.Ordinal)));
        Assert.DoesNotContain("own.wav", list, StringComparison.Ordinal);

        var again = await SucceedsAsync("reference", "import", Refs, "--kind", "audio", "--name", "音乐库", "--licence", "BGM 2026-03, 仅限电视");
        Assert.Contains("新增 0 · 更新 0 · 未变 2 · 移除 0", again, StringComparison.Ordinal);
        Assert.Contains("音乐库", await SucceedsAsync("reference", "list"), StringComparison.Ordinal);
    }

    private async Task<string> SucceedsAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync([.. arguments, "--data", Data]);
        Assert.True(exitCode == 0, $"{string.Join(' ', arguments)} → {exitCode}: {error}{output}");
        return output;
    }

    private static async Task FfmpegAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
    }
}
