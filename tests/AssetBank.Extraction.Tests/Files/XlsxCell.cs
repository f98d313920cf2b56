namespace AssetBank.Extraction.Tests.Files;

/// <summary>A cell for <see cref="XlsxWriter"/>: text, or a number shown with a built-in format (0: general, 3: #,##0, 10: 0.00%, 22: date-time).</summary>
public sealed record XlsxCell(string? Text, double? Number = null, uint Format = 0)
{
    public static implicit operator XlsxCell(string text) => new(text);

    public static XlsxCell Num(double value, uint format = 0) => new(null, value, format);

    public static XlsxCell Percent(double value) => new(null, value, 10);

    public static XlsxCell Thousands(double value) => new(null, value, 3);
}
