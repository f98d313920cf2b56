using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>A processed asset as the catalog holds it: what the index needs to build its documents.</summary>
public sealed record IndexableAsset(Asset Asset, AssetDerivedData Derived, TagSet? EffectiveTags);
