using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Shots;

/// <summary>
/// Runs one ffmpeg decode that feeds every detection pass: the frames are scaled to 320 px wide once and split into
/// a dense branch (every frame, scene score), a coarse branch (every frame at 64 px wide, scene score) and a sparse
/// branch (<see cref="MediaOptions.DissolveSampleRate"/> frames per second, 64 px wide, plain frame difference from
/// <c>signalstats</c>), each printing to the log, which is parsed as it streams. See <see cref="CutDetector"/> for how
/// the values become boundaries.
/// </summary>
/// <remarks>
/// <c>-skip_loop_filter all</c> makes H.264/HEVC decoding much cheaper and does not hurt scene scores at 320 px;
/// <c>-skip_frame nokey</c> would, because cuts rarely fall on keyframes.
/// </remarks>
public sealed class ShotDetector
{
    public const string DenseLabel = "dense";
    public const string CoarseLabel = "coarse";
    public const string SparseLumaLabel = "sparse_y";
    public const string SparseBlueLabel = "sparse_u";
    public const string SparseRedLabel = "sparse_v";

    private readonly IProcessRunner _runner;
    private readonly MediaOptions _options;

    public ShotDetector(IProcessRunner runner, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _options = options.Value;
    }

    /// <summary>The ffmpeg arguments for one detection run over stream <paramref name="streamIndex"/>.</summary>
    /// <remarks>
    /// The sparse branch picks the first frame of each sampling slot with <c>select</c> rather than the <c>fps</c>
    /// filter, which relabels frames with slot times: the logged times stay the frames' own, so a dissolve is placed
    /// where it happens.
    /// </remarks>
    public static IReadOnlyList<string> BuildArguments(string path, int streamIndex, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var rate = options.DissolveSampleRate.ToString("0.###", CultureInfo.InvariantCulture);
        var graph = string.Create(
            CultureInfo.InvariantCulture,
            $"[0:{streamIndex}]scale=320:-2,split=3[d][c][s];" +
            $"[d]select='gte(scene,0)',metadata@{DenseLabel}=mode=print:key=lavfi.scene_score[dout];" +
            $"[c]scale=64:-2:flags=area,select='gte(scene,0)',metadata@{CoarseLabel}=mode=print:key=lavfi.scene_score[cout];" +
            $"[s]select='isnan(prev_selected_t)+gte(floor(t*{rate}),floor(prev_selected_t*{rate})+1)',scale=64:-2:flags=area,signalstats," +
            $"metadata@{SparseLumaLabel}=mode=print:key=lavfi.signalstats.YDIF," +
            $"metadata@{SparseBlueLabel}=mode=print:key=lavfi.signalstats.UDIF," +
            $"metadata@{SparseRedLabel}=mode=print:key=lavfi.signalstats.VDIF[sout]");
        return
        [
            "-hide_banner", "-nostdin", "-nostats", "-loglevel", "info",
            "-skip_loop_filter", "all", "-noautorotate",
            .. FfmpegInput.Arguments(path, options),
            "-filter_complex", graph,
            "-map", "[dout]", "-f", "null", "-",
            "-map", "[cout]", "-f", "null", "-",
            "-map", "[sout]", "-f", "null", "-",
        ];
    }

    /// <exception cref="MediaToolException">ffmpeg failed, timed out, or decoded no frame.</exception>
    public async Task<ShotDetectionResult> DetectAsync(string path, MediaProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(probe);
        var video = probe.PrimaryVideo ?? throw new ArgumentException("The probe shows no video stream.", nameof(probe));

        var collector = new SceneScoreCollector();
        var request = new ProcessRequest(_options.FfmpegPath, BuildArguments(path, video.Index, _options))
        {
            Timeout = _options.DecodeTimeout(probe.Duration),
            MaxStdoutBytes = 64 * 1024,
            StderrLineObserver = collector.OnLine,
        };

        var operation = $"detecting shots in '{Path.GetFileName(path)}'";
        var result = (await _runner.RunAsync(request, cancellationToken)).EnsureSucceeded(operation, cancellationToken);
        var dense = collector.SamplesFor(DenseLabel);
        var coarse = collector.SamplesFor(CoarseLabel);
        var sparse = CombineDifferences(collector.SamplesFor(SparseLumaLabel), collector.SamplesFor(SparseBlueLabel), collector.SamplesFor(SparseRedLabel));
        if (dense.Count == 0)
        {
            throw new MediaToolException($"{operation}: no video frame could be decoded", result);
        }

        var frameSeconds = 1.0 / (video.FrameRate ?? 25.0);
        var decoded = dense[^1].Time + frameSeconds;
        var duration = probe.Duration is { } probed && probed > TimeSpan.Zero ? probed.TotalSeconds : decoded;
        var boundaries = CutDetector.Detect(dense, coarse, sparse, Math.Min(duration, decoded), CutDetectionSettings.FromOptions(_options));
        return new ShotDetectionResult(boundaries, duration, decoded, dense.Count, result.Elapsed);
    }

    /// <summary>
    /// Mean absolute difference from the previous sampled frame over Y, U and V (weighted 4:1:1 like 4:2:0 samples),
    /// divided by 100 to share the scale of ffmpeg's scene score.
    /// </summary>
    public static IReadOnlyList<SceneSample> CombineDifferences(IReadOnlyList<SceneSample> luma, IReadOnlyList<SceneSample> blue, IReadOnlyList<SceneSample> red)
    {
        ArgumentNullException.ThrowIfNull(luma);
        ArgumentNullException.ThrowIfNull(blue);
        ArgumentNullException.ThrowIfNull(red);
        var result = new List<SceneSample>(luma.Count);
        for (var i = 0; i < luma.Count; i++)
        {
            var y = luma[i].Score ?? 0;
            var u = i < blue.Count ? blue[i].Score ?? 0 : 0;
            var v = i < red.Count ? red[i].Score ?? 0 : 0;
            result.Add(new SceneSample(luma[i].Time, ((4 * y) + u + v) / 600));
        }

        return result;
    }
}
