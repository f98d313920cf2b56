namespace AssetBank.Extraction.Tables;

/// <summary>One row of a table as text cells.</summary>
/// <param name="Label">Where the row is, for warnings: <c>row 7</c>, <c>sheet KOL名单 row 7</c>, <c>record 3</c>.</param>
/// <param name="Number">The 1-based row number in the file (header rows included), or the record number for JSON.</param>
internal sealed record SourceRow(string Label, int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
