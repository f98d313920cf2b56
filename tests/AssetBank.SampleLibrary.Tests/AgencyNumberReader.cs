using System.Globalization;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>An independent reading of agency notation (12.3万, 1.2w, 8k, 1,200, 3亿, ¥8,000, 8000元, 3.2%), to check the manifest's values.</summary>
internal static class AgencyNumberReader
{
    public static decimal? Read(string text)
    {
        var t = text.Trim().Replace(",", "", StringComparison.Ordinal).TrimStart('¥').TrimEnd('元');
        if (t == "面议")
        {
            return null;
        }

        var (digits, factor) = t[^1] switch
        {
            '亿' => (t[..^1], 100_000_000m),
            '万' or 'w' or 'W' => (t[..^1], 10_000m),
            'k' or 'K' => (t[..^1], 1_000m),
            '%' => (t[..^1], 0.01m),
            _ => (t, 1m),
        };
        return decimal.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture) * factor;
    }
}
