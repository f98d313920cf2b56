using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Subtitles;

/// <summary>Converts a text subtitle stream inside a media file to SubRip with ffmpeg and parses it.</summary>
public sealed class EmbeddedSubtitleExtractor
{
    /// <summary>Subtitle codecs ffmpeg can turn into text; bitmap subtitles (PGS, DVD, DVB) would need OCR.</summary>
    private static readonly HashSet<string> TextCodecs = new(StringComparer.OrdinalIgnoreCase)
    {
        "subrip", "srt", "ass", "ssa", "mov_text", "webvtt", "text", "microdvd", "subviewer", "subviewer1",
        "realtext", "sami", "jacosub", "mpl2", "pjs", "stl", "vplayer",
    };

    private readonly IProcessRunner _runner;
    private readonly MediaOptions _options;

    public EmbeddedSubtitleExtractor(IProcessRunner runner, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _options = options.Value;
    }

    public static bool IsText(MediaStreamInfo stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TextCodecs.Contains(stream.Codec);
    }

    /// <exception cref="MediaToolException">ffmpeg failed, timed out or produced more than <see cref="MediaOptions.MaxSubtitleBytes"/>.</exception>
    public async Task<IReadOnlyList<SubtitleCue>> ExtractAsync(string path, MediaStreamInfo stream, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stream);
        string[] args =
        [
            "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
            .. FfmpegInput.Arguments(path, _options),
            "-map", string.Create(CultureInfo.InvariantCulture, $"0:{stream.Index}"),
            "-c:s", "srt", "-f", "srt", "pipe:1",
        ];
        var request = new ProcessRequest(_options.FfmpegPath, args)
        {
            Timeout = _options.DecodeTimeout(duration),
            MaxStdoutBytes = _options.MaxSubtitleBytes,
        };
        var result = (await _runner.RunAsync(request, cancellationToken))
            .EnsureSucceeded($"extracting subtitle stream {stream.Index} from '{Path.GetFileName(path)}'", cancellationToken);
        return SrtParser.Parse(SubtitleText.Decode(result.Stdout.Span));
    }
}
