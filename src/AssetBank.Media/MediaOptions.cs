using AssetBank.Media.Ocr;
using System.ComponentModel.DataAnnotations;

namespace AssetBank.Media;

/// <summary>Configuration section <c>Media</c>: tool paths and every time, size and detection limit.</summary>
/// <remarks>Media is untrusted input: each external call has a time limit and each decoded picture a pixel limit.</remarks>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    [Required]
    public string FfmpegPath { get; set; } = "ffmpeg";

    [Required]
    public string FfprobePath { get; set; } = "ffprobe";

    [Required]
    public string FpcalcPath { get; set; } = "fpcalc";

    /// <summary>External processes running at once across the whole app; each decoder uses several threads itself.</summary>
    [Range(1, 64)]
    public int MaxConcurrentProcesses { get; set; } = 2;

    /// <summary>
    /// ffmpeg demuxers allowed to open assets (ffmpeg's <c>-format_whitelist</c>). Playlist and indirection formats
    /// (hls, concat, image2, tty, …) are left out on purpose: they would let a file make ffmpeg read other files or URLs.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9_]+(,[a-z0-9_]+)*$")]
    public string AllowedContainers { get; set; } =
        "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,mpegts,mpeg,flv,asf,mxf,rm,ogg,mp3,wav,w64,aiff,aac,flac,ac3,eac3,caf,amr";

    /// <summary>Time limit for ffprobe.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit for short calls: keyframe extraction batches, subtitle extraction, fingerprints.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Fixed part of the time limit of a call that decodes the whole file (shot detection, loudness).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DecodeTimeoutBase { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Seconds of wall time allowed per second of media on top of <see cref="DecodeTimeoutBase"/> (1.0: at least real time).</summary>
    [Range(0.01, 100.0)]
    public double DecodeTimeoutPerMediaSecond { get; set; } = 1.0;

    /// <summary>Longer videos and audio files are rejected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Largest image (width × height) decoded; bigger headers are rejected before any decoding (decompression bombs).</summary>
    [Range(1L, 2_000_000_000L)]
    public long MaxImagePixels { get; set; } = 100_000_000;

    /// <summary>Largest image side in pixels.</summary>
    [Range(1, 1_000_000)]
    public int MaxImageSide { get; set; } = 50_000;

    /// <summary>Largest video frame (width × height); 8K UHD is 33 MP.</summary>
    [Range(1L, 1_000_000_000L)]
    public long MaxVideoFramePixels { get; set; } = 40_000_000;

    /// <summary>Dense pass: lowest ffmpeg scene score (0–1) that can be a hard cut.</summary>
    [Range(0.01, 1.0)]
    public double SceneThreshold { get; set; } = 0.08;

    /// <summary>Dense pass: a score at least this high is a cut whatever its surroundings.</summary>
    [Range(0.01, 1.0)]
    public double SceneCertainThreshold { get; set; } = 0.3;

    /// <summary>Dense pass: a cut's score must be this many times the average score around it (busy shots score high throughout).</summary>
    [Range(1.0, 100.0)]
    public double SceneContrast { get; set; } = 3.0;

    /// <summary>Sparse pass sampling rate, frames per second; gradual transitions show up as a run of raised scores.</summary>
    [Range(0.25, 10.0)]
    public double DissolveSampleRate { get; set; } = 2.0;

    /// <summary>Sparse pass: how far a run of raised frame differences must rise above its baseline, in total (0–1 scale), to be a dissolve.</summary>
    [Range(0.01, 5.0)]
    public double DissolveThreshold { get; set; } = 0.15;

    /// <summary>Sparse pass: the strongest sample of a dissolve must be this many times its baseline (its neighbours need only a third of its excess).</summary>
    [Range(1.0, 100.0)]
    public double DissolveContrast { get; set; } = 2.5;

    /// <summary>Boundaries closer than this are merged (the stronger one wins).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MinShotLength { get; set; } = TimeSpan.FromSeconds(0.4);

    /// <summary>At most this many shots per video; beyond it the weakest boundaries are dropped.</summary>
    [Range(1, 100_000)]
    public int MaxShots { get; set; } = 2000;

    /// <summary>Keyframes are scaled so their longer side is at most this.</summary>
    [Range(64, 8192)]
    public int KeyframeMaxSide { get; set; } = 1280;

    /// <summary>Thumbnail width in pixels (height follows the aspect ratio, at most 4× the width).</summary>
    [Range(16, 2048)]
    public int ThumbnailWidth { get; set; } = 320;

    /// <summary><c>webp</c> or <c>jpeg</c>.</summary>
    [RegularExpression("^(webp|jpeg)$")]
    public string ThumbnailFormat { get; set; } = "webp";

    [Range(1, 100)]
    public int ThumbnailQuality { get; set; } = 80;

    /// <summary>Colours in an image's palette.</summary>
    [Range(1, 16)]
    public int DominantColorCount { get; set; } = 5;

    /// <summary>Seconds of audio fingerprinted (fpcalc <c>-length</c>).</summary>
    [Range(10, 3600)]
    public int FingerprintSeconds { get; set; } = 120;

    /// <summary>Also measure loudness and fingerprint the main audio track of videos (music reuse).</summary>
    public bool AnalyzeVideoAudio { get; set; } = true;

    /// <summary>Largest subtitle file (sidecar or extracted) read.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxSubtitleBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>OCR of burned-in captions and image text (<c>Media:Ocr:*</c>).</summary>
    public OcrOptions Ocr { get; set; } = new();

    /// <summary>Top-level prefix of derived objects (keyframes, thumbnails); discovery must skip it.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]+$")]
    public string DerivedPrefix { get; set; } = "_derived";

    /// <summary>The time limit of a call that decodes <paramref name="mediaDuration"/> of media.</summary>
    public TimeSpan DecodeTimeout(TimeSpan? mediaDuration) =>
        DecodeTimeoutBase + TimeSpan.FromSeconds((mediaDuration ?? MaxDuration).TotalSeconds * DecodeTimeoutPerMediaSecond);
}
