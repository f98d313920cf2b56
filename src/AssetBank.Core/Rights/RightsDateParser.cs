using System.Globalization;
using System.Text.RegularExpressions;

namespace AssetBank.Core.Rights;

/// <summary>
/// Reads the date forms contracts and spreadsheets use: <c>2026-03-01</c>, <c>2026/03/01</c>, <c>2026.3.1</c>,
/// <c>2026年3月1日</c>, <c>二〇二六年三月一日</c>, and months (<c>2026-03</c>, <c>2026年3月</c>, <c>二〇二六年三月</c>).
/// </summary>
public static partial class RightsDateParser
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>The date, or null with <paramref name="problem"/> saying why.</summary>
    public static RightsDate? TryParse(string? text, out string? problem)
    {
        problem = null;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            problem = "日期为空 (empty date)";
            return null;
        }

        var match = Numeric().Match(value);
        int year, month;
        int? day;
        if (match.Success)
        {
            year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        }
        else if (ChineseNumerals().Match(value) is { Success: true } chinese)
        {
            year = chinese.Groups["y"].Value.Aggregate(0, (acc, c) => (acc * 10) + Digit(c));
            month = SmallNumber(chinese.Groups["m"].Value);
            day = chinese.Groups["d"].Success ? SmallNumber(chinese.Groups["d"].Value) : null;
        }
        else
        {
            problem = $"'{value}' 不是可识别的日期 (not a date; write 2026-03-01, 2026/03/01, 2026.3.1, 2026年3月1日 or 二〇二六年三月)";
            return null;
        }

        if (year is < 1900 or > 9999 || month is < 1 or > 12)
        {
            problem = $"'{value}' 的年或月超出范围 (year or month out of range)";
            return null;
        }

        var last = DateTime.DaysInMonth(year, month);
        if (day is { } d && (d < 1 || d > last))
        {
            problem = $"'{value}': {year}年{month}月没有{d}日 (no such day)";
            return null;
        }

        return day is { } exact
            ? new RightsDate(new DateOnly(year, month, exact), new DateOnly(year, month, exact))
            : new RightsDate(new DateOnly(year, month, 1), new DateOnly(year, month, last));
    }

    private static int Digit(char c) => c == '零' ? 0 : ChineseDigits.IndexOf(c, StringComparison.Ordinal);

    // 一 … 九, 十, 十一 … 十九, 二十 … 三十一.
    private static int SmallNumber(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Aggregate(0, (acc, c) => (acc * 10) + Digit(c));
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[^1]);
        return (tens * 10) + ones;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*(?:月)?\s*(?:[-/.]?\s*(?<d>\d{1,2})\s*[日号]?)?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>[〇零一二三四五六七八九]{4})年(?<m>十[一二]?|[一二三四五六七八九])月(?:(?<d>[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])[日号])?$")]
    private static partial Regex ChineseNumerals();
}
