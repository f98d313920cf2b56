namespace AssetBank.SampleLibrary.Generators;

/// <summary>A number as an agency sheet writes it (<c>12.3万</c>, <c>1.2w</c>, <c>8k</c>, <c>1,200</c>, <c>3亿</c>) and its value.</summary>
/// <param name="Numeric">Whether a spreadsheet should store it as a number cell (with <see cref="NumberFormat"/>) instead of text.</param>
internal sealed record AgencyNumber(string Text, decimal Value, bool Numeric = false, string? NumberFormat = null);
