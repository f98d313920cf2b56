using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Tagging;

namespace AssetBank.Application.Assets;

/// <summary>Reads for the faces: one asset, its tags, the catalog summary.</summary>
public sealed class AssetQueries(IAssetReader reader)
{
    public Task<Asset?> FindByKeyAsync(string key, CancellationToken cancellationToken) => reader.FindByKeyAsync(key, cancellationToken);

    public Task<Asset?> FindByIdAsync(long id, CancellationToken cancellationToken) => reader.FindByIdAsync(id, cancellationToken);

    public Task<CatalogSummary> GetSummaryAsync(CancellationToken cancellationToken) => reader.GetSummaryAsync(cancellationToken);

    /// <summary>The effective tags of the asset and its parts; null when it has none yet.</summary>
    /// <exception cref="RequestRejectedException">No such asset.</exception>
    public async Task<TagSet?> GetTagsAsync(string key, CancellationToken cancellationToken)
    {
        var asset = await reader.FindByKeyAsync(key, cancellationToken)
            ?? throw new RequestRejectedException(key, "资产库中没有该资产 (no such asset)");
        return await reader.GetEffectiveTagsAsync(asset.Id, cancellationToken);
    }

    /// <summary>Everything the asset page shows: the asset, its media and text, effective tags and the human edits; null when unknown.</summary>
    public async Task<AssetDetail?> GetDetailAsync(long id, CancellationToken cancellationToken)
    {
        var asset = await reader.FindByIdAsync(id, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var derived = await reader.GetDerivedAsync(id, cancellationToken);
        return new AssetDetail(
            asset,
            derived,
            await reader.GetEffectiveTagsAsync(id, cancellationToken),
            await reader.GetHumanTagEditsAsync(id, cancellationToken));
    }
}
