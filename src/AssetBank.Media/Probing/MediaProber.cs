using AssetBank.Core.Media;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Probing;

/// <summary>Runs ffprobe on a local file and parses its JSON.</summary>
public sealed class MediaProber
{
    private readonly IProcessRunner _runner;
    private readonly MediaOptions _options;

    public MediaProber(IProcessRunner runner, IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _options = options.Value;
    }

    /// <exception cref="MediaToolException">ffprobe cannot read the file (its last stderr line says why) or timed out.</exception>
    /// <exception cref="FormatException">ffprobe printed something that is not its JSON.</exception>
    public async Task<MediaProbe> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] args =
        [
            "-hide_banner", "-v", "error",
            "-print_format", "json", "-show_format", "-show_streams",
            .. FfmpegInput.Arguments(path, _options),
        ];
        var request = new ProcessRequest(_options.FfprobePath, args)
        {
            Timeout = _options.ProbeTimeout,
            MaxStdoutBytes = 4 * 1024 * 1024,
        };
        var result = (await _runner.RunAsync(request, cancellationToken))
            .EnsureSucceeded($"probing '{Path.GetFileName(path)}'", cancellationToken);
        return FfprobeJsonParser.Parse(result.StdoutText);
    }
}
