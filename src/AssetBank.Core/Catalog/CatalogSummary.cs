using AssetBank.Core.Assets;

namespace AssetBank.Core.Catalog;

public sealed record CatalogSummary(
    IReadOnlyDictionary<AssetKind, int> ProcessedByKind,
    int Processed,
    int Pending,
    int Failed,
    int Deleted,
    long ProcessedBytes);
