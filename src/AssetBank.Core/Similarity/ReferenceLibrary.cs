namespace AssetBank.Core.Similarity;

/// <summary>A licensed stock library (or the agency's own reference set) that new work is checked against.</summary>
/// <param name="Name">Its name, e.g. Getty, 视觉中国.</param>
/// <param name="Licence">The licence as people read it, e.g. "RM, contract 2024-117".</param>
/// <param name="Source">Where it was imported from (a folder).</param>
/// <param name="Items">Pictures fingerprinted.</param>
/// <param name="ImportedAt">The last import.</param>
public sealed record ReferenceLibrary(string Name, string Licence, string Source, long Items, DateTimeOffset ImportedAt);
