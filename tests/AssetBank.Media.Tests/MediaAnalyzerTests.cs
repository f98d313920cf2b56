using System.Security.Cryptography;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using AssetBank.Media.Processes;
using AssetBank.Media.Tests.TestSupport;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AssetBank.Media.Tests;

/// <summary>End to end with real ffmpeg, ffprobe, fpcalc and the folder object store.</summary>
[Collection(MediaTestGroup.Name)]
public sealed class MediaAnalyzerTests(SyntheticMedia media) : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly ProcessRunner _runner = new(2);

    public void Dispose()
    {
        _runner.Dispose();
        _root.Dispose();
    }

    private FileSystemObjectStore Store() => new(_root.Path);

    private MediaAnalyzer Analyzer(IObjectStore store, MediaOptions? options = null) =>
        new(_runner, store, Options.Create(options ?? new MediaOptions()));

    private static Asset AssetFor(string key, AssetKind kind) => new() { Key = key, ETag = "etag-1", Kind = kind };

    [Fact]
    public async Task A_video_gets_shots_with_keyframes_thumbnails_hashes_subtitles_and_audio()
    {
        var store = Store();
        var video = await media.CutsVideoAsync();
        await store.PutAsync("campaign/tvc.zh.srt", new MemoryStream("1\n00:00:04,300 --> 00:00:05,500\n新手爸爸 夜醒\n"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);
        await store.PutAsync("campaign/tvc-other.srt", new MemoryStream("1\n00:00:00,000 --> 00:00:14,000\nnot ours\n"u8.ToArray()), ObjectWriteOptions.Default, CancellationToken.None);

        var analysis = await Analyzer(store).AnalyzeAsync(AssetFor("campaign/tvc.mp4", AssetKind.Video), video, CancellationToken.None);

        Assert.Equal(AssetKind.Video, analysis.Kind);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(video))), analysis.ContentSha256);
        Assert.Equal(7, analysis.Shots.Count);
        Assert.Equal([0.0, 2, 4, 6, 8, 10, 12], analysis.Shots.Select(s => Math.Round(s.Start.TotalSeconds, 2)));
        Assert.Equal(14.0, analysis.Shots[^1].End.TotalSeconds, 1);
        Assert.Equal(ShotTransition.Start, analysis.Shots[0].Transition);
        Assert.All(analysis.Shots.Skip(1), s => Assert.Equal(ShotTransition.Cut, s.Transition));
        Assert.Empty(analysis.Warnings);

        foreach (var shot in analysis.Shots)
        {
            Assert.InRange(shot.KeyframeTime, shot.Start, shot.End);
            Assert.StartsWith($"_derived/{analysis.ContentSha256}/keyframes/", shot.KeyframeKey, StringComparison.Ordinal);
            Assert.StartsWith($"_derived/{analysis.ContentSha256}/thumbs/", shot.ThumbnailKey, StringComparison.Ordinal);
            Assert.NotNull(await store.StatAsync(shot.KeyframeKey!, CancellationToken.None));
            Assert.NotNull(shot.Hashes);
        }

        // Shot 5 is plain #8b0000: its mid-shot keyframe shows that colour.
        await using (var keyframe = await store.OpenReadAsync(analysis.Shots[5].KeyframeKey!, null, CancellationToken.None))
        {
            using var bitmap = SKBitmap.Decode(keyframe);
            Assert.Equal((320, 180), (bitmap.Width, bitmap.Height));
            var pixel = bitmap.GetPixel(160, 90);
            Assert.InRange(pixel.Red, 120, 160);
            Assert.InRange(pixel.Green, 0, 20);
        }

        await using (var thumbnail = await store.OpenReadAsync(analysis.Shots[0].ThumbnailKey!, null, CancellationToken.None))
        {
            using var bitmap = SKBitmap.Decode(thumbnail);
            Assert.Equal(320, bitmap.Width);
        }

        Assert.Equal(analysis.Shots[0].ThumbnailKey, analysis.ThumbnailKey);
        Assert.Equal("新手爸爸 夜醒", analysis.Shots[2].SubtitleText);
        Assert.Equal("嵌入字幕 embedded", analysis.Shots[5].SubtitleText);
        Assert.Null(analysis.Shots[0].SubtitleText);
        Assert.Equal(["sidecar campaign/tvc.zh.srt", "embedded stream 2 (chi)"], analysis.SubtitleSources);

        Assert.NotNull(analysis.Probe);
        Assert.Equal(3, analysis.Probe.Streams.Count);
        var audio = Assert.IsType<AudioInfo>(analysis.Audio);
        Assert.Equal("aac", audio.Codec);
        Assert.NotNull(audio.Loudness);
        Assert.InRange(audio.Loudness.IntegratedLufs, -30, -10);
        Assert.NotNull(audio.Fingerprint);
        Assert.NotEmpty(audio.Fingerprint.Values);
    }

    [Fact]
    public async Task Analysing_the_same_video_twice_writes_the_same_keys()
    {
        var store = Store();
        var video = await media.DissolveVideoAsync();
        var analyzer = Analyzer(store);

        var first = await analyzer.AnalyzeAsync(AssetFor("a/one.mp4", AssetKind.Video), video, CancellationToken.None);
        var second = await analyzer.AnalyzeAsync(AssetFor("b/renamed.mp4", AssetKind.Video), video, CancellationToken.None);

        Assert.Equal(first.Shots.Select(s => s.KeyframeKey), second.Shots.Select(s => s.KeyframeKey));
        Assert.Equal(2, first.Shots.Count);
        Assert.Equal(ShotTransition.Dissolve, first.Shots[1].Transition);
        Assert.Null(first.Audio);
    }

    [Fact]
    public async Task Keyframes_of_a_rotated_phone_video_come_out_upright()
    {
        var store = Store();

        var analysis = await Analyzer(store).AnalyzeAsync(AssetFor("phone/clip.mov", AssetKind.Video), await media.RotatedVideoAsync(), CancellationToken.None);

        var video = analysis.Probe!.PrimaryVideo!;
        Assert.Equal(270, video.Rotation);
        Assert.Equal((180, 320), (video.DisplayWidth, video.DisplayHeight));
        await using var keyframe = await store.OpenReadAsync(analysis.Shots[0].KeyframeKey!, null, CancellationToken.None);
        using var bitmap = SKBitmap.Decode(keyframe);
        Assert.Equal((180, 320), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task A_truncated_mp4_is_rejected_naming_the_key_and_ffprobes_reason()
    {
        var error = await Assert.ThrowsAsync<ContentRejectedException>(() =>
            Analyzer(Store()).AnalyzeAsync(AssetFor("bad/truncated.mp4", AssetKind.Video), media.TruncatedVideoAsync().Result, CancellationToken.None));

        Assert.Equal("bad/truncated.mp4", error.Key);
        Assert.StartsWith("not readable as media: ", error.Problem, StringComparison.Ordinal);
        Assert.Contains("moov atom not found", error.Problem, StringComparison.Ordinal);
        Assert.IsType<MediaToolException>(error.InnerException);
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var empty = _root.File("empty.mp4");
        await File.WriteAllBytesAsync(empty, []);

        var error = await Assert.ThrowsAsync<ContentRejectedException>(() =>
            Analyzer(Store()).AnalyzeAsync(AssetFor("bad/empty.mp4", AssetKind.Video), empty, CancellationToken.None));

        Assert.Equal("the file is empty", error.Problem);
    }

    [Fact]
    public async Task A_playlist_posing_as_a_video_is_refused_rather_than_followed()
    {
        var playlist = _root.File("evil.mp4");
        await File.WriteAllTextAsync(playlist, "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n");

        var error = await Assert.ThrowsAsync<ContentRejectedException>(() =>
            Analyzer(Store()).AnalyzeAsync(AssetFor("bad/evil.mp4", AssetKind.Video), playlist, CancellationToken.None));

        Assert.Contains("not readable as media", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_without_video_is_not_accepted_as_a_video()
    {
        var error = await Assert.ThrowsAsync<ContentRejectedException>(async () =>
            await Analyzer(Store()).AnalyzeAsync(AssetFor("music/melody.mp4", AssetKind.Video), await media.MelodyAsync(), CancellationToken.None));

        Assert.StartsWith("no video stream", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Videos_over_the_duration_limit_are_rejected_before_decoding()
    {
        var options = new MediaOptions { MaxDuration = TimeSpan.FromSeconds(5) };

        var error = await Assert.ThrowsAsync<ContentRejectedException>(async () =>
            await Analyzer(Store(), options).AnalyzeAsync(AssetFor("long.mp4", AssetKind.Video), await media.CutsVideoAsync(), CancellationToken.None));

        Assert.Contains("exceeds the limit", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_gets_duration_loudness_and_a_chromaprint_fingerprint()
    {
        var analysis = await Analyzer(Store()).AnalyzeAsync(AssetFor("music/melody.wav", AssetKind.Audio), await media.MelodyAsync(), CancellationToken.None);

        Assert.Equal(AssetKind.Audio, analysis.Kind);
        var audio = Assert.IsType<AudioInfo>(analysis.Audio);
        Assert.Equal(TimeSpan.FromSeconds(8), audio.Duration);
        Assert.Equal(44100, audio.SampleRate);
        Assert.Equal(2, audio.Channels);
        Assert.NotNull(audio.Loudness);
        Assert.InRange(audio.Loudness.IntegratedLufs, -20, -5);
        Assert.NotNull(audio.Fingerprint);
        Assert.InRange(audio.Fingerprint.Values.Count, 30, 80);
        Assert.Empty(analysis.Shots);
        Assert.Empty(analysis.Warnings);
    }

    [Fact]
    public async Task An_image_gets_a_thumbnail_under_the_derived_prefix()
    {
        var store = Store();
        var still = await media.StillAsync("poster", "mandelbrot=s=640x360:maxiter=300");

        var analysis = await Analyzer(store).AnalyzeAsync(AssetFor("print/poster.png", AssetKind.Image), still, CancellationToken.None);

        var image = Assert.IsType<ImageInfo>(analysis.Image);
        Assert.Equal((640, 360), (image.Width, image.Height));
        Assert.Equal("png", image.Format);
        Assert.Equal($"_derived/{analysis.ContentSha256}/thumb.webp", image.ThumbnailKey);
        Assert.Equal(image.ThumbnailKey, analysis.ThumbnailKey);
        var stored = await store.StatAsync(image.ThumbnailKey!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("image/webp", stored.ContentType);
        Assert.NotEmpty(image.DominantColors);
    }

    [Fact]
    public async Task Copy_and_other_kinds_are_not_media()
    {
        var analyzer = Analyzer(Store());

        Assert.False(analyzer.CanAnalyze(AssetKind.Copy));
        Assert.False(analyzer.CanAnalyze(AssetKind.KolList));
        await Assert.ThrowsAsync<ArgumentException>(() => analyzer.AnalyzeAsync(AssetFor("x.txt", AssetKind.Copy), _root.File("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_stops_the_analysis()
    {
        using var cancellation = new CancellationTokenSource();
        var video = await media.CutsVideoAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Analyzer(Store()).AnalyzeAsync(AssetFor("v.mp4", AssetKind.Video), video, cancellation.Token));
    }

    [Fact]
    public async Task Burned_in_captions_read_beside_shot_detection_land_on_their_shots()
    {
        var text = _root.File("caption.txt");
        await File.WriteAllTextAsync(text, "新手爸爸第一次冲奶粉");
        var video = _root.File("captioned.mp4");
        await Ffmpeg.RunAsync(
            "-f", "lavfi", "-i",
            $"color=c=0x304050:size=960x540:rate=25,drawtext=fontfile=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:textfile={text}:fontsize=40:fontcolor=white:borderw=2:bordercolor=black:x=(w-tw)/2:y=h-th-40",
            "-t", "4", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", video);

        var result = await Analyzer(Store()).AnalyzeAsync(AssetFor("captioned.mp4", AssetKind.Video), video, CancellationToken.None);

        var lines = result.Shots.SelectMany(s => s.OcrLines ?? []).ToList();
        Assert.Contains(lines, l => l.Text == "新手爸爸第一次冲奶粉");
    }
}
