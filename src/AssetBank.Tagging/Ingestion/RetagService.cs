using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Ingestion;

/// <summary>
/// Re-tags catalogued assets from what ingestion stored (text, shots, rows), without reading the store again.
/// Only assets tagged under another taxonomy version or by another tagger are redone unless asked for all;
/// human edits are kept by the catalog and still win afterwards.
/// </summary>
public sealed class RetagService(IAssetCatalog catalog, ITagger tagger, Taxonomy taxonomy, IEnumerable<IAssetCommitObserver> observers)
{
    public async Task<RetagReport> RetagAsync(bool all, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var assets = new List<Asset>();
        await foreach (var asset in catalog.ListAsync(new AssetFilter(Status: AssetStatus.Processed), cancellationToken))
        {
            assets.Add(asset);
        }

        int retagged = 0, current = 0;
        long tokens = 0;
        var observerList = observers.ToList();
        for (var i = 0; i < assets.Count; i++)
        {
            var asset = assets[i];
            var derived = await catalog.GetDerivedAsync(asset.Id, cancellationToken);
            if (!all && derived.Tags is { } existing
                && existing.TaxonomyVersion == taxonomy.Version
                && string.Equals(existing.Tagger, tagger.Name, StringComparison.Ordinal))
            {
                current++;
            }
            else
            {
                var stored = new StoredObject(asset.Key, asset.ETag, asset.Size, asset.StoreLastModified, asset.ContentType, StoredObject.NoMetadata);
                var item = new IngestionWorkItem(stored, string.Empty, asset) { Media = derived.Media, Content = derived.Content };
                var tags = await tagger.TagAsync(TaggingInputBuilder.Build(item), cancellationToken);
                await catalog.SaveTagsAsync(asset.Id, tags, cancellationToken);
                foreach (var observer in observerList)
                {
                    await observer.OnProcessedAsync(asset, derived with { Tags = tags }, cancellationToken);
                }

                tokens += tags.Usage.TotalTokens;
                retagged++;
            }

            progress?.Report((i + 1, assets.Count));
        }

        return new RetagReport(assets.Count, retagged, current, tokens);
    }
}
