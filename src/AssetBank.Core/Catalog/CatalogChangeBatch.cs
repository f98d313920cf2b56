namespace AssetBank.Core.Catalog;

/// <summary>Assets changed since a sequence number.</summary>
/// <param name="AssetIds">The assets, each once.</param>
/// <param name="ThroughSequence">The sequence number a reader has seen once it applied these assets' current state.</param>
/// <param name="More">True when more changes follow.</param>
public sealed record CatalogChangeBatch(IReadOnlyList<long> AssetIds, long ThroughSequence, bool More);
