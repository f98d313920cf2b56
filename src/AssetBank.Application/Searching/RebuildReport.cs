namespace AssetBank.Application.Searching;

/// <summary>What a rebuild of the search index did.</summary>
/// <param name="Documents">Documents in the new index.</param>
/// <param name="DamagedAssets">Assets left out because their stored data could not be read, as (key, problem).</param>
public sealed record RebuildReport(long Documents, IReadOnlyList<KeyValuePair<string, string>> DamagedAssets);
