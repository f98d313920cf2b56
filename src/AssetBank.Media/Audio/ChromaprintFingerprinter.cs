using AssetBank.Core.Media;
using AssetBank.Core.Similarity.Audio;
using AssetBank.Media.Processes;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Audio;

/// <summary>Reference tracks fingerprinted by the very <see cref="AudioAnalyzer"/> ingestion uses (fpcalc, raw values), only longer.</summary>
public sealed class ChromaprintFingerprinter(IProcessRunner runner, IOptions<MediaOptions> options) : IAudioFingerprinter
{
    private readonly AudioAnalyzer _analyzer = new(runner, options);

    public Task<AudioFingerprint?> FingerprintAsync(string path, int maxSeconds, CancellationToken cancellationToken) =>
        _analyzer.FingerprintAsync(path, maxSeconds, cancellationToken);
}
