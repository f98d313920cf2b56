using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;

namespace AssetBank.Core.Tagging;

/// <summary>Tags a catalogued asset from what ingestion stored (text, shots, rows), without reading the store again.</summary>
public interface IAssetTagger
{
    /// <summary>Whether <paramref name="existing"/> was made by this tagger under the current taxonomy.</summary>
    bool IsCurrent(TagSet existing);

    Task<TagSet> TagAsync(Asset asset, AssetDerivedData derived, CancellationToken cancellationToken);
}
