using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Audio;

/// <summary>Loudness (ffmpeg <c>ebur128</c>) and a Chromaprint fingerprint (<c>fpcalc</c>) of one audio stream.</summary>
public sealed class AudioAnalyzer
{
    private readonly IProcessRunner _runner;
    private readonly MediaOptions _options;

    public AudioAnalyzer(IProcessRunner runner, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _options = options.Value;
    }

    /// <summary>Measures stream <paramref name="stream"/> of the file at <paramref name="path"/>.</summary>
    /// <exception cref="MediaToolException">ffmpeg failed on the audio.</exception>
    public async Task<AudioInfo> AnalyzeAsync(string path, MediaStreamInfo stream, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        var loudness = await MeasureLoudnessAsync(path, stream.Index, duration, cancellationToken);
        var fingerprint = await FingerprintAsync(path, cancellationToken);
        return new AudioInfo(stream.Index, stream.Duration ?? duration, stream.Codec, stream.SampleRate, stream.Channels, loudness, fingerprint);
    }

    /// <summary>EBU R128 integrated loudness, range and true peak of one stream.</summary>
    /// <exception cref="MediaToolException">ffmpeg failed or timed out.</exception>
    public async Task<LoudnessSummary?> MeasureLoudnessAsync(string path, int streamIndex, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] args =
        [
            "-hide_banner", "-nostdin", "-nostats", "-loglevel", "info",
            .. FfmpegInput.Arguments(path, _options),
            "-map", string.Create(CultureInfo.InvariantCulture, $"0:{streamIndex}"),
            "-vn", "-sn", "-dn",
            // framelog=verbose keeps the ten-per-second frame lines out of the info log: only the summary remains.
            "-af", "ebur128=peak=true:framelog=verbose",
            "-f", "null", "-",
        ];
        var request = new ProcessRequest(_options.FfmpegPath, args)
        {
            Timeout = _options.DecodeTimeout(duration),
            MaxStdoutBytes = 64 * 1024,
            StderrTailLines = 30,
        };
        var result = (await _runner.RunAsync(request, cancellationToken))
            .EnsureSucceeded($"measuring loudness of '{Path.GetFileName(path)}'", cancellationToken);
        return LoudnessParser.Parse(result.StderrTail);
    }

    /// <summary>The raw Chromaprint fingerprint of the first <see cref="MediaOptions.FingerprintSeconds"/> of the default audio stream; null when fpcalc found nothing to fingerprint.</summary>
    /// <exception cref="MediaToolException">fpcalc failed without printing a fingerprint, or timed out.</exception>
    public Task<AudioFingerprint?> FingerprintAsync(string path, CancellationToken cancellationToken) =>
        FingerprintAsync(path, _options.FingerprintSeconds, cancellationToken);

    /// <summary>The raw Chromaprint fingerprint of the first <paramref name="maxSeconds"/> (reference tracks are fingerprinted whole, up to a cap).</summary>
    /// <exception cref="MediaToolException">fpcalc failed without printing a fingerprint, or timed out.</exception>
    public async Task<AudioFingerprint?> FingerprintAsync(string path, int maxSeconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSeconds, 1);
        string[] args =
        [
            "-raw", "-json", "-ignore-errors",
            "-length", maxSeconds.ToString(CultureInfo.InvariantCulture),
            Path.GetFullPath(path),
        ];
        var request = new ProcessRequest(_options.FpcalcPath, args)
        {
            Timeout = _options.ToolTimeout,
            MaxStdoutBytes = 4 * 1024 * 1024,
        };
        var result = await _runner.RunAsync(request, cancellationToken);
        if (result.StopReason == ProcessStopReason.Exited && FpcalcParser.Parse(result.StdoutText) is { } fingerprint)
        {
            // Debian's fpcalc exits 3 ("End of file") after printing a good fingerprint.
            return fingerprint;
        }

        if (result.StopReason == ProcessStopReason.Exited && result.ExitCode is 0 or 3)
        {
            return null;
        }

        result.EnsureSucceeded($"fingerprinting '{Path.GetFileName(path)}'", cancellationToken);
        return null;
    }
}
