using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Search;

namespace AssetBank.Search.Tests;

/// <summary>Catalogued assets as the application layer hands them to the index.</summary>
internal static class Assets
{
    public static IndexableAsset Copy(long id, string title, string body) => new(
        new Asset { Id = id, Key = $"copy/{id}.txt", ETag = "e", Kind = AssetKind.Copy, Status = AssetStatus.Processed, Metadata = new AssetMetadata(Title: title) },
        new AssetDerivedData(null, new ExtractedContent { Sections = [new TextSection(null, body)] }, null),
        null);

    public static IndexableAsset Video(long id, string title, params string[] subtitles) => new(
        new Asset { Id = id, Key = $"tvc/{id}.mp4", ETag = "e", Kind = AssetKind.Video, Status = AssetStatus.Processed, Metadata = new AssetMetadata(Title: title, Channel: "TVC") },
        new AssetDerivedData(
            new MediaAnalysis
            {
                Kind = AssetKind.Video,
                ContentSha256 = "00",
                Shots = subtitles.Select((s, i) => new Shot(i, TimeSpan.FromSeconds(i * 5), TimeSpan.FromSeconds((i + 1) * 5), TimeSpan.FromSeconds(i * 5), null, null, null, s)).ToList(),
            },
            null,
            null),
        null);

    public static async IAsyncEnumerable<IndexableAsset> Stream(params IndexableAsset[] assets)
    {
        foreach (var asset in assets)
        {
            await Task.Yield();
            yield return asset;
        }
    }
}
