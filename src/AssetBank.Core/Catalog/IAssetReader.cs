using AssetBank.Core.Assets;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Core.Catalog;

/// <summary>Reads assets and what was derived from them, for the faces and for rebuilding derived stores.</summary>
public interface IAssetReader
{
    Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken);

    IAsyncEnumerable<Asset> ListAsync(AssetFilter filter, CancellationToken cancellationToken);

    Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken);

    /// <summary>What ingestion derived from the asset (media, extracted content, machine tags).</summary>
    Task<AssetDerivedData> GetDerivedAsync(long assetId, CancellationToken cancellationToken);

    Task<IReadOnlyList<HumanTagEdit>> GetHumanTagEditsAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>The effective tags (machine tags overruled by human edits) of the asset and its shots.</summary>
    Task<TagSet?> GetEffectiveTagsAsync(long assetId, CancellationToken cancellationToken);

    /// <summary>The processed assets among <paramref name="assetIds"/>, each with its derived data and effective tags.</summary>
    Task<IReadOnlyList<IndexableAsset>> GetIndexableAsync(IReadOnlyList<long> assetIds, CancellationToken cancellationToken);

    /// <summary>Every processed asset with its derived data and effective tags, in one streaming query (for rebuilds).</summary>
    /// <remarks>A row that cannot be read is reported through <paramref name="onDamaged"/> with its key, and skipped.</remarks>
    IAsyncEnumerable<IndexableAsset> StreamIndexableAsync(Action<string, string>? onDamaged, CancellationToken cancellationToken);
}
