using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Search;

namespace AssetBank.Application.Status;

/// <summary>Where the bank stands.</summary>
/// <param name="Summary">Counts per kind and status.</param>
/// <param name="Failures">Failed objects with their reasons.</param>
/// <param name="IndexLag">Catalog changes the search index does not contain yet.</param>
/// <param name="IndexState">Whether the index must be rebuilt, and why.</param>
public sealed record BankStatusReport(CatalogSummary Summary, IReadOnlyList<Asset> Failures, long IndexLag, SearchIndexState IndexState)
{
    /// <summary>Warnings of processed assets (processed, but not cleanly), by key.</summary>
    public IReadOnlyList<AssetWarning> Warnings { get; init; } = [];

    /// <summary>How many processed assets carry at least one warning.</summary>
    public int ProcessedWithWarnings => Warnings.Select(w => w.Key).Distinct(StringComparer.Ordinal).Count();
}
