namespace AssetBank.Core.Catalog;

/// <summary>The outcome of <see cref="ICatalogMaintenance.CheckAsync"/>.</summary>
/// <param name="DatabaseProblems">What SQLite's integrity check reported (empty when the file is sound).</param>
/// <param name="DamagedAssets">Assets whose stored data cannot be read, as (key, problem).</param>
/// <param name="AssetsChecked">How many assets were read.</param>
public sealed record CatalogCheckReport(IReadOnlyList<string> DatabaseProblems, IReadOnlyList<KeyValuePair<string, string>> DamagedAssets, int AssetsChecked)
{
    public bool IsHealthy => DatabaseProblems.Count == 0 && DamagedAssets.Count == 0;
}
