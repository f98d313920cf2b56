using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Ingestion;

/// <summary>Tags a catalogued asset from its stored derived data with the configured tagger (for re-tagging).</summary>
public sealed class AssetTagger(ITagger tagger, Taxonomy taxonomy) : IAssetTagger
{
    public bool IsCurrent(TagSet existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return existing.TaxonomyVersion == taxonomy.Version && string.Equals(existing.Tagger, tagger.Name, StringComparison.Ordinal);
    }

    public Task<TagSet> TagAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(derived);
        var stored = new StoredObject(asset.Key, asset.ETag, asset.Size, asset.StoreLastModified, asset.ContentType, StoredObject.NoMetadata);
        var item = new IngestionWorkItem(stored, string.Empty, asset) { Media = derived.Media, Content = derived.Content };
        return tagger.TagAsync(TaggingInputBuilder.Build(item), cancellationToken);
    }
}
