namespace AssetBank.Extraction.Tables;

/// <summary>A table read from a CSV file, a worksheet or a JSON list of records, before its header is located.</summary>
/// <param name="Sheet">The worksheet name; null for CSV and JSON.</param>
/// <param name="Rows">The rows in file order (blank rows left out), within the row limit.</param>
internal sealed record SourceTable(string? Sheet, IReadOnlyList<SourceRow> Rows);
