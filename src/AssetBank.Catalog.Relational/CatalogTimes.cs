using System.Globalization;

namespace AssetBank.Catalog.Relational;

/// <summary>Times in catalog rows: ISO-8601 text in UTC, in both providers, so rows copy verbatim and compare as text.</summary>
public static class CatalogTimes
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
