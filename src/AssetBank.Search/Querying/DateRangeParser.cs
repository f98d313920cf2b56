using System.Globalization;

namespace AssetBank.Search.Querying;

/// <summary>
/// Parses <c>date:</c> values: a year, month or day (<c>2024</c>, <c>2024-05</c>, <c>2024/5/1</c>, <c>2024年5月</c>) or a range of
/// them joined by <c>..</c>, <c>至</c> or <c>到</c>, either end open (<c>2023..</c>, <c>..2024-06</c>). The result is half-open:
/// from the start of the first to the end of the last, in the given calendar offset.
/// </summary>
internal static class DateRangeParser
{
    private static readonly string[] RangeSeparators = ["..", "至", "到"];

    public static bool TryParse(string value, TimeSpan offset, out DateTimeOffset? from, out DateTimeOffset? before)
    {
        from = null;
        before = null;
        var text = value.Trim();
        foreach (var separator in RangeSeparators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var left = text[..at].Trim();
            var right = text[(at + separator.Length)..].Trim();
            if (left.Length == 0 && right.Length == 0)
            {
                return false;
            }

            if (left.Length > 0)
            {
                if (!TryPeriod(left, offset, out var start, out _))
                {
                    return false;
                }

                from = start;
            }

            if (right.Length > 0)
            {
                if (!TryPeriod(right, offset, out _, out var end))
                {
                    return false;
                }

                before = end;
            }

            return from is null || before is null || from < before;
        }

        if (!TryPeriod(text, offset, out var single, out var singleEnd))
        {
            return false;
        }

        from = single;
        before = singleEnd;
        return true;
    }

    private static bool TryPeriod(string text, TimeSpan offset, out DateTimeOffset start, out DateTimeOffset end)
    {
        start = end = default;
        var numbers = new List<int>(3);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                if (!(text[i] is '-' or '/' or '.' or '年' or '月' or '日' or '号' || char.IsWhiteSpace(text[i])))
                {
                    return false;
                }

                i++;
                continue;
            }

            var begin = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - begin > 4 || numbers.Count == 3)
            {
                return false;
            }

            numbers.Add(int.Parse(text.AsSpan(begin, i - begin), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        if (numbers.Count == 0 || numbers[0] is < 1900 or > 2200)
        {
            return false;
        }

        var year = numbers[0];
        if (numbers.Count == 1)
        {
            start = new DateTimeOffset(year, 1, 1, 0, 0, 0, offset);
            end = start.AddYears(1);
            return true;
        }

        var month = numbers[1];
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (numbers.Count == 2)
        {
            start = new DateTimeOffset(year, month, 1, 0, 0, 0, offset);
            end = start.AddMonths(1);
            return true;
        }

        var day = numbers[2];
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        start = new DateTimeOffset(year, month, day, 0, 0, 0, offset);
        end = start.AddDays(1);
        return true;
    }
}
