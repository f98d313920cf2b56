using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;

namespace AssetBank.Application.Assets;

/// <summary>One asset with what ingestion derived from it and what people changed.</summary>
public sealed record AssetDetail(Asset Asset, AssetDerivedData Derived, TagSet? Tags, IReadOnlyList<HumanTagEdit> Edits);
