using System.Globalization;

namespace AssetBank.Media;

/// <summary>
/// Where derived files live: <c>{prefix}/{sha256}/…</c>. Keyed by content hash, so identical content shares its derived
/// files, a re-run overwrites the same keys (idempotent) and a renamed object needs nothing new.
/// </summary>
public sealed class DerivedKeys
{
    public DerivedKeys(string prefix, string contentSha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentSha256);
        Root = $"{prefix.Trim('/')}/{contentSha256}";
    }

    /// <summary><c>{prefix}/{sha256}</c>, without a trailing slash.</summary>
    public string Root { get; }

    public string Keyframe(int shotIndex) => string.Create(CultureInfo.InvariantCulture, $"{Root}/keyframes/{shotIndex:D4}.jpg");

    public string ShotThumbnail(int shotIndex, string extension) => string.Create(CultureInfo.InvariantCulture, $"{Root}/thumbs/{shotIndex:D4}{extension}");

    public string Thumbnail(string extension) => $"{Root}/thumb{extension}";
}
