namespace AssetBank.Core.Similarity;

/// <summary>
/// Everything similarity keeps of one picture: global hashes for the candidate index (stage 1) and local features
/// for geometric verification (stage 2).
/// </summary>
/// <param name="Full">Hash of the whole picture.</param>
/// <param name="Mirror">Hash of the picture mirrored left–right.</param>
/// <param name="Centre">Hash of the central region after uniform borders and letterboxes are trimmed.</param>
/// <param name="CentreMirror">Hash of that central region mirrored.</param>
/// <param name="Windows">
/// References only: hashes of crops of the trimmed content (two sizes, anchored at the centre and each corner), so a
/// cropped copy lands near one of them although its whole-picture hash has moved far.
/// </param>
/// <param name="Features">Local features of the picture.</param>
/// <param name="MirroredFeatures">Local features of the mirrored picture; only queries carry them (empty otherwise).</param>
/// <param name="IsUniform">A blank or near-uniform picture: it matches nothing.</param>
/// <param name="Thumbnail">Small contrast-normalised picture for dense alignment; null for fingerprints made before it.</param>
public sealed record ImageSignature(
    Hash256 Full,
    Hash256 Mirror,
    Hash256 Centre,
    Hash256 CentreMirror,
    IReadOnlyList<Hash256> Windows,
    LocalFeatures Features,
    LocalFeatures MirroredFeatures,
    bool IsUniform,
    GrayThumbnail? Thumbnail = null);
