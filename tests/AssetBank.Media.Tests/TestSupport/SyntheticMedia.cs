using System.Collections.Concurrent;
using System.Globalization;

namespace AssetBank.Media.Tests.TestSupport;

/// <summary>
/// Media made at test time from ffmpeg's lavfi sources, 320×180 and a few seconds long, each file made once per run
/// and shared by the tests of the "media" collection. Nothing is committed.
/// </summary>
public sealed class SyntheticMedia : IDisposable
{
    /// <summary>Cut times of <see cref="CutsVideoAsync"/>: seven 2-second shots; the last cut joins two dark reds.</summary>
    public static readonly double[] Cuts = [2, 4, 6, 8, 10, 12];

    /// <summary>The centre of the 1-second crossfade in <see cref="DissolveVideoAsync"/>.</summary>
    public const double DissolveCentre = 5.5;

    private static readonly string[] ShotSources =
    [
        "testsrc2=s=320x180:r=25",
        "mandelbrot=s=320x180:r=25:maxiter=100",
        "smptehdbars=s=320x180:r=25",
        "cellauto=s=320x180:r=25:rule=90:seed=90",
        // Colours given: ffmpeg's gradients source draws them at random otherwise, whatever the seed, and a dull pair
        // after the cellular automaton's noise can hide the cut at 8 s.
        "gradients=s=320x180:r=25:speed=0.04:seed=5:nb_colors=2:c0=0x2040c0:c1=0xf0a020",
        "color=c=#8b0000:s=320x180:r=25",
        "color=c=#951010:s=320x180:r=25",
    ];

    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _files = new(StringComparer.Ordinal);

    public string Folder => _folder.Path;

    /// <summary>14 s, 25 fps, H.264 + AAC, with an embedded mov_text subtitle "嵌入字幕 embedded" at 10.3–11.5 s (shot 5).</summary>
    public Task<string> CutsVideoAsync() => Make("cuts.mp4", async path =>
    {
        var subtitles = _folder.File("embedded.srt");
        await File.WriteAllTextAsync(subtitles, "1\n00:00:10,300 --> 00:00:11,500\n嵌入字幕 embedded\n\n");
        var args = new List<string>();
        for (var i = 0; i < ShotSources.Length; i++)
        {
            args.AddRange(["-f", "lavfi", "-t", "2", "-i", ShotSources[i]]);
        }

        args.AddRange(["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:d=14", "-i", subtitles]);
        var graph = string.Concat(Enumerable.Range(0, ShotSources.Length).Select(i => $"[{i}:v]format=yuv420p,setsar=1[v{i}];"))
            + string.Concat(Enumerable.Range(0, ShotSources.Length).Select(i => $"[v{i}]"))
            + string.Create(CultureInfo.InvariantCulture, $"concat=n={ShotSources.Length}:v=1:a=0[v]");
        args.AddRange(["-filter_complex", graph, "-map", "[v]", "-map", "7:a", "-map", "8:s",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-c:s", "mov_text",
            "-metadata:s:s:0", "language=chi", path]);
        await Ffmpeg.RunAsync([.. args]);
    });

    /// <summary>11 s: testsrc2 cross-fading into mandelbrot from 5 to 6 s, no other transition.</summary>
    public Task<string> DissolveVideoAsync() => Make("dissolve.mp4", path => Ffmpeg.RunAsync(
        "-f", "lavfi", "-t", "6", "-i", "testsrc2=s=320x180:r=25",
        "-f", "lavfi", "-t", "6", "-i", "mandelbrot=s=320x180:r=25:maxiter=100",
        "-filter_complex", "[0:v]format=yuv420p,setsar=1[a];[1:v]format=yuv420p,setsar=1[b];[a][b]xfade=transition=fade:duration=1:offset=5[v]",
        "-map", "[v]", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", path));

    /// <summary>3 s of 320×180 stored with a display matrix that turns it to portrait, as phones record.</summary>
    public Task<string> RotatedVideoAsync() => Make("rotated.mov", async path =>
    {
        var upright = _folder.File("rotated-source.mov");
        await Ffmpeg.RunAsync("-f", "lavfi", "-t", "3", "-i", "testsrc2=s=320x180:r=30", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", upright);
        await Ffmpeg.RunAsync("-i", upright, "-c", "copy", "-metadata:s:v:0", "rotate=90", path);
    });

    /// <summary>The first half of <see cref="CutsVideoAsync"/>'s bytes: its index (moov) is at the end, so it is gone.</summary>
    public Task<string> TruncatedVideoAsync() => Make("truncated.mp4", async path =>
    {
        var whole = await File.ReadAllBytesAsync(await CutsVideoAsync());
        await File.WriteAllBytesAsync(path, whole.AsSpan(0, whole.Length / 2).ToArray());
    });

    /// <summary>8 s stereo tone melody, 44.1 kHz WAV.</summary>
    public Task<string> MelodyAsync() => Make("melody.wav", path => Ffmpeg.RunAsync(
        "-f", "lavfi", "-i", "aevalsrc='0.4*sin(2*PI*t*(330+110*floor(mod(t*2,5))))':s=44100:d=8", "-ac", "2", path));

    /// <summary>A 640×360 still from a lavfi source (optionally through a filter), as PNG.</summary>
    public Task<string> StillAsync(string name, string source, string filter = "null") => Make(name + ".png", path => Ffmpeg.RunAsync(
        "-f", "lavfi", "-i", source, "-vf", filter, "-frames:v", "1", "-update", "1", path));

    /// <summary>Re-encodes <paramref name="input"/> through a filter to a JPEG of quality <paramref name="qscale"/> (2 best, 31 worst).</summary>
    public Task<string> AlteredAsync(string name, string input, string filter, int qscale) => Make(name + ".jpg", path => Ffmpeg.RunAsync(
        "-i", input, "-vf", filter, "-q:v", qscale.ToString(CultureInfo.InvariantCulture), "-frames:v", "1", "-update", "1", path));

    public void Dispose() => _folder.Dispose();

    private Task<string> Make(string name, Func<string, Task> create) =>
        _files.GetOrAdd(name, n => new Lazy<Task<string>>(async () =>
        {
            var path = _folder.File(n);
            await create(path);
            return path;
        })).Value;
}
