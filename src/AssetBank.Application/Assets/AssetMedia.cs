using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Assets;

/// <summary>
/// Finds the files the UI shows — originals, keyframes, thumbnails — by asset id, never by a key the caller names, so
/// only catalogued files of processed assets are ever delivered.
/// </summary>
public sealed class AssetMedia(IAssetReader reader, IObjectStore store)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4", [".mov"] = "video/quicktime", [".webm"] = "video/webm", [".m4v"] = "video/mp4",
        [".mp3"] = "audio/mpeg", [".wav"] = "audio/wav", [".m4a"] = "audio/mp4", [".aac"] = "audio/aac",
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".webp"] = "image/webp", [".gif"] = "image/gif",
        [".pdf"] = "application/pdf", [".txt"] = "text/plain; charset=utf-8", [".md"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8", [".json"] = "application/json", [".srt"] = "text/plain; charset=utf-8",
    };

    /// <summary>Presigned links are used instead of streaming through the app when the store serves HTTP itself.</summary>
    public bool StoreServesHttp => store.Capabilities.PresignedUrlsAreHttp;

    /// <summary>The file, or null when the asset, the shot or the file does not exist.</summary>
    public async Task<MediaFile?> FindAsync(long assetId, MediaPart part, int? shotIndex, CancellationToken cancellationToken)
    {
        var asset = await reader.FindByIdAsync(assetId, cancellationToken);
        if (asset is null || asset.Status != AssetStatus.Processed)
        {
            return null;
        }

        var key = part == MediaPart.Original ? asset.Key : await DerivedKeyAsync(asset.Id, part, shotIndex, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var stored = await store.StatAsync(key, cancellationToken);
        return stored is null
            ? null
            : new MediaFile(key, ContentTypes.GetValueOrDefault(Path.GetExtension(key), "application/octet-stream"), stored.Size, stored.LastModified, stored.ETag);
    }

    public Task<Stream> OpenAsync(MediaFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return store.OpenReadAsync(file.Key, null, cancellationToken);
    }

    public Task<Uri> PresignAsync(MediaFile file, TimeSpan expiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return store.GetPresignedReadUrlAsync(file.Key, expiry, cancellationToken);
    }

    private async Task<string?> DerivedKeyAsync(long assetId, MediaPart part, int? shotIndex, CancellationToken cancellationToken)
    {
        var media = (await reader.GetDerivedAsync(assetId, cancellationToken)).Media;
        if (media is null)
        {
            return null;
        }

        if (shotIndex is { } index)
        {
            var shot = media.Shots.FirstOrDefault(s => s.Index == index);
            return part == MediaPart.Keyframe ? shot?.KeyframeKey : shot?.ThumbnailKey ?? shot?.KeyframeKey;
        }

        return part == MediaPart.Thumbnail ? media.Image?.ThumbnailKey ?? (media.Shots.Count > 0 ? media.Shots[0].ThumbnailKey : null) : null;
    }
}
