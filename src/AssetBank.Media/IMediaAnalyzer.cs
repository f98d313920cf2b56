using AssetBank.Core.Assets;
using AssetBank.Core.Media;

namespace AssetBank.Media;

/// <summary>Derives probe, shots, keyframes, thumbnails, hashes, loudness and fingerprints from a local copy of an asset.</summary>
public interface IMediaAnalyzer
{
    /// <summary>Video, image and audio; other kinds are not media.</summary>
    bool CanAnalyze(AssetKind kind);

    /// <summary>
    /// Analyses the file at <paramref name="localPath"/> as <see cref="Asset.Kind"/> says, writing keyframes and thumbnails
    /// to the object store under <c>{DerivedPrefix}/{sha256}/</c>.
    /// </summary>
    /// <exception cref="Core.Errors.ContentRejectedException">The content is broken, unsupported or over a limit; the message names the key and the problem.</exception>
    /// <exception cref="Processes.MediaToolNotFoundException">ffmpeg, ffprobe or fpcalc is not installed (a problem of the machine, not of the item).</exception>
    Task<MediaAnalysis> AnalyzeAsync(Asset asset, string localPath, CancellationToken cancellationToken);
}
