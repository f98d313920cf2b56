namespace AssetBank.Application.Tagging;

/// <param name="Considered">Processed assets looked at.</param>
/// <param name="Retagged">Assets whose machine tags were recomputed.</param>
/// <param name="Current">Assets already tagged with this taxonomy version and tagger, left alone.</param>
/// <param name="TotalTokens">Model tokens spent.</param>
public sealed record RetagReport(int Considered, int Retagged, int Current, long TotalTokens);
