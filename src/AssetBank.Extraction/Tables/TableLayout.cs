namespace AssetBank.Extraction.Tables;

/// <summary>Where a table's header is, which column holds which field, and where data starts.</summary>
/// <param name="HeaderRows">The rows that make the header (one, or two when a merged parent heads sub-columns).</param>
/// <param name="FirstDataRow">Index into <see cref="SourceTable.Rows"/> of the first data row.</param>
/// <param name="Columns">The column of each recognised field (the first column wins when two name the same field).</param>
/// <param name="Headers">The header text of every column (parent and child joined for two-row headers).</param>
/// <param name="Title">Text in the rows above the header that fill only one (merged) cell, like a sheet title.</param>
internal sealed record TableLayout<TField>(
    int HeaderRows,
    int FirstDataRow,
    IReadOnlyDictionary<TField, int> Columns,
    IReadOnlyList<string> Headers,
    string? Title)
    where TField : struct, Enum
{
    public int? ColumnOf(TField field) => Columns.TryGetValue(field, out var column) ? column : null;
}
