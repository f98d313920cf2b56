namespace AssetBank.SampleLibrary.Tests;

/// <summary>A cell read back from an .xlsx: its shared-string text, or its number and number format id.</summary>
internal sealed record XlsxCell(string? Text, decimal? Number, uint NumberFormatId, string? NumberFormatCode);
