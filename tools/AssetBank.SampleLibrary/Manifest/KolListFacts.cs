namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a KOL list (.csv or .xlsx).</summary>
/// <param name="HeaderRow">The 1-based row that holds the column headers (xlsx exports put a title row above it).</param>
public sealed record KolListFacts(string? Sheet, int HeaderRow, IReadOnlyList<string> Columns, IReadOnlyList<KolRowFacts> Rows);
