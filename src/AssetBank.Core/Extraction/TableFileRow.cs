namespace AssetBank.Core.Extraction;

/// <summary>One non-blank row of a CSV file or an XLSX sheet, as text.</summary>
/// <param name="Label">Where it is, for messages (<c>row 7</c>, <c>Sheet1!row 7</c>).</param>
/// <param name="Cells">The cells as text; dates in XLSX date cells come as <c>yyyy-MM-dd</c>.</param>
public sealed record TableFileRow(string Label, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;
}
