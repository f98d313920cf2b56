using System.Globalization;
using System.Text;

namespace AssetBank.Extraction.Numbers;

/// <summary>
/// Reads numbers the way Chinese agency sheets and social-listening exports write them: <c>12.3万</c>, <c>1.2w</c>,
/// <c>3亿</c>, <c>1亿2000万</c>, <c>8k</c>, <c>1,200</c>, <c>5.6%</c>, <c>¥2,000</c>, <c>2000元</c>, <c>10w+</c>.
/// </summary>
/// <remarks>
/// Arithmetic is decimal throughout, so <c>12.3万</c> is exactly 123000 and <c>5.6%</c> exactly 0.056; a double
/// would turn them into 122999.99999999999 and 0.055999999999999994. Ranges (<c>2000-3000</c>) and words
/// (<c>十万</c>) are not guessed at: they do not parse.
/// </remarks>
public static class ChineseNumber
{
    private static readonly string[] Placeholders =
    [
        "面议", "待定", "暂无", "无", "未知", "询价", "私信", "私聊", "另议", "-", "--", "—", "——", "/", "\\", "n/a", "na", "null", "none", "tbd", "?", "？",
    ];

    // Longest first, so 千万 wins over 万 and 万元 is read before 元 is stripped.
    private static readonly (string Suffix, decimal Factor)[] Units =
    [
        ("千万", 10_000_000m),
        ("百万", 1_000_000m),
        ("亿", 100_000_000m),
        ("万", 10_000m),
        ("千", 1_000m),
        ("百", 100m),
        ("w", 10_000m),
        ("k", 1_000m),
        ("m", 1_000_000m),
    ];

    private static readonly string[] Prefixes = ["人民币", "rmb", "cny", "¥", "￥", "约", "大约", "≈"];

    private static readonly string[] Suffixes = ["人民币", "rmb", "cny", "元/条", "元", "块", "以上", "左右", "+", "多"];

    /// <summary>True for an empty cell or a word that stands for "no number" (面议, 暂无, -, /).</summary>
    public static bool IsBlankOrPlaceholder(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 || Placeholders.Contains(normalized, StringComparer.Ordinal);
    }

    /// <summary>Parses a number with optional unit, currency and percent sign; false for blanks, placeholders and anything unclear.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        var s = Normalize(text);
        if (s.Length == 0 || Placeholders.Contains(s, StringComparer.Ordinal))
        {
            return false;
        }

        var divisor = 1m;
        if (s.EndsWith('%'))
        {
            divisor = 100m;
            s = s[..^1];
        }
        else if (s.EndsWith('‰'))
        {
            divisor = 1000m;
            s = s[..^1];
        }

        s = StripAffixes(s);
        if (s.Length == 0)
        {
            return false;
        }

        try
        {
            if (!TryParseSegments(s, out var number))
            {
                return false;
            }

            value = number / divisor;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Parses a rate: <c>5.6%</c> → 0.056; a bare number above 1 is taken as percent (<c>5.6</c> → 0.056), one
    /// of at most 1 as a fraction (<c>0.056</c> → 0.056), as agencies write both.
    /// </summary>
    public static bool TryParseRate(string? text, out decimal rate)
    {
        if (!TryParse(text, out rate))
        {
            return false;
        }

        var hasPercent = Normalize(text).EndsWith('%') || Normalize(text).EndsWith('‰');
        if (!hasPercent && rate > 1m)
        {
            rate /= 100m;
        }

        return true;
    }

    /// <summary>Full-width to half-width, lower case, no white space or thousands separators.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                _ => raw,
            };
            if (char.IsWhiteSpace(c) || c is ',' or '，' or '\'' or '_')
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string StripAffixes(string s)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    s = s[prefix.Length..];
                    changed = true;
                }
            }

            foreach (var suffix in Suffixes)
            {
                // "万元": strip 元 but keep 万; "1000+" and "10w+" are lower bounds, read as the bound.
                if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length)
                {
                    s = s[..^suffix.Length];
                    changed = true;
                }
            }
        }
        while (changed && s.Length > 0);

        return s;
    }

    /// <summary>One or more "number unit" segments with falling units (1亿2000万), or a single plain or scientific number.</summary>
    private static bool TryParseSegments(string s, out decimal value)
    {
        value = 0m;
        if (s.Contains('e', StringComparison.Ordinal))
        {
            return decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0m;
        }

        var position = 0;
        var previousFactor = decimal.MaxValue;
        while (position < s.Length)
        {
            var start = position;
            var dots = 0;
            while (position < s.Length && (char.IsAsciiDigit(s[position]) || s[position] == '.'))
            {
                dots += s[position] == '.' ? 1 : 0;
                position++;
            }

            if (position == start || dots > 1 || s[start] == '.' || s[position - 1] == '.')
            {
                return false;
            }

            var mantissa = decimal.Parse(s.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var factor = 1m;
            foreach (var (suffix, unit) in Units)
            {
                if (string.CompareOrdinal(s, position, suffix, 0, suffix.Length) == 0)
                {
                    factor = unit;
                    position += suffix.Length;
                    break;
                }
            }

            // Units must fall (1亿2000万). A bare number stands alone: after a unit it is ambiguous (5万6 is said for 5.6万).
            if (factor >= previousFactor || (factor == 1m && (position < s.Length || previousFactor != decimal.MaxValue)))
            {
                return false;
            }

            previousFactor = factor;
            value += mantissa * factor;
        }

        return true;
    }
}
