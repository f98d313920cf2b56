namespace AssetBank.Extraction.Tables;

/// <summary>How a numeric XLSX cell is shown, from its number format.</summary>
internal enum CellKind
{
    Number,
    Percent,
    Date,
}
