using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Storage;

namespace AssetBank.Catalog.Contract;

/// <summary>Objects and assets the contract tests save.</summary>
public static class CatalogSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static StoredObject Obj(string key, string etag) => new(key, etag, 100, T0, "text/plain", StoredObject.NoMetadata);

    public static Asset ProcessedVideo(string key, string etag) => new()
    {
        Key = key,
        ETag = etag,
        Size = 100,
        ContentSha256 = new string('a', 64),
        Kind = AssetKind.Video,
        Format = ContentFormat.Mp4,
        ContentType = "video/mp4",
        StoreLastModified = T0,
        LastSeen = T0,
    };

    public static Asset Copy(string key) => new()
    {
        Key = key,
        ETag = "e1",
        Size = 10,
        Kind = AssetKind.Copy,
        Format = ContentFormat.PlainText,
        StoreLastModified = T0,
        LastSeen = T0,
    };

    public static AssetDerivedData Text(string text) =>
        new(null, new ExtractedContent { Title = text, Sections = [new TextSection("body", text)] }, null);

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
