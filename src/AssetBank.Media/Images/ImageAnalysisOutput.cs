using AssetBank.Core.Media;

namespace AssetBank.Media.Images;

/// <summary>The result of analysing one picture, before its thumbnail is stored.</summary>
/// <param name="Info">Dimensions, orientation, palette and hashes; <see cref="ImageInfo.ThumbnailKey"/> is still null.</param>
/// <param name="Thumbnail">The encoded thumbnail.</param>
/// <param name="ThumbnailContentType"><c>image/webp</c> or <c>image/jpeg</c>.</param>
/// <param name="ThumbnailExtension"><c>.webp</c> or <c>.jpg</c>.</param>
/// <param name="Incomplete">The decoder ran out of data (a truncated file); what was decoded was analysed.</param>
public sealed record ImageAnalysisOutput(
    ImageInfo Info,
    ReadOnlyMemory<byte> Thumbnail,
    string ThumbnailContentType,
    string ThumbnailExtension,
    bool Incomplete);
