using System.Runtime.CompilerServices;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Media;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Reuse.Tests;

/// <summary>A bank of a few assets: a 15 s TVC with three shots, a poster, and a deleted video.</summary>
internal sealed class FakeAssets : IAssetReader
{
    public const string Tvc = "sample/videos/tvc_muying_night_dad.mp4";
    public const string Poster = "sample/images/poster_muying.png";
    public const string Deleted = "sample/videos/old_cut.mp4";

    private readonly List<Asset> _assets =
    [
        new() { Id = 1, Key = Tvc, ETag = "e1", Kind = AssetKind.Video, Status = AssetStatus.Processed, Metadata = new AssetMetadata(Client: "安稚") },
        new() { Id = 2, Key = Poster, ETag = "e2", Kind = AssetKind.Image, Status = AssetStatus.Processed },
        new() { Id = 3, Key = Deleted, ETag = "e3", Kind = AssetKind.Video, Status = AssetStatus.Deleted, LastSeen = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) },
    ];

    public Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_assets.FirstOrDefault(a => a.Key == key));

    public Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken) => Task.FromResult(_assets.FirstOrDefault(a => a.Id == id));

    public async IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var asset in _assets.Where(a => filter.Status is null || a.Status == filter.Status))
        {
            yield return asset;
        }
    }

    public Task<AssetDerivedData> GetDerivedAsync(long assetId, CancellationToken cancellationToken)
    {
        if (assetId != 1)
        {
            return Task.FromResult(AssetDerivedData.None);
        }

        static Shot At(int index, double start, double end) =>
            new(index, TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), TimeSpan.FromSeconds((start + end) / 2), null, null, null, null);
        var media = new MediaAnalysis
        {
            Kind = AssetKind.Video,
            ContentSha256 = "00",
            Probe = new MediaProbe("mov,mp4", null, TimeSpan.FromSeconds(15), null, null, [], new Dictionary<string, string>()),
            Shots = [At(0, 0, 3), At(1, 3, 9), At(2, 9, 15)],
        };
        return Task.FromResult(new AssetDerivedData(media, null, null));
    }

    public Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<TagSet?> GetEffectiveTagsAsync(long assetId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<IndexableAsset>> GetIndexableAsync(IReadOnlyList<long> assetIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<IndexableAsset> StreamIndexableAsync(Action<string, string>? onDamaged, CancellationToken cancellationToken) => throw new NotSupportedException();
}
