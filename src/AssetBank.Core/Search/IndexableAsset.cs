using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>A processed asset as the catalog holds it: what the index needs to build its documents.</summary>
/// <param name="Asset">The catalogued asset; its <see cref="Asset.Id"/> identifies all its documents.</param>
/// <param name="Derived">What ingestion derived from it (shots, extracted text and items).</param>
/// <param name="EffectiveTags">Its tags after human edits; null when it has none.</param>
public sealed record IndexableAsset(Asset Asset, AssetDerivedData Derived, TagSet? EffectiveTags)
{
    /// <summary>Its usage terms; null when none are recorded.</summary>
    public Rights.AssetRights? Rights { get; init; }
}
