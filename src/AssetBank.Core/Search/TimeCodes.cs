using System.Globalization;

namespace AssetBank.Core.Search;

/// <summary>Shot time codes as editors read them: <c>mm:ss</c>, or <c>h:mm:ss</c> from an hour on.</summary>
public static class TimeCodes
{
    /// <summary>Whole seconds, truncated: 83.9 → <c>01:23</c>; 3725 → <c>1:02:05</c>. Negative or non-finite values give <c>00:00</c>.</summary>
    public static string Format(double seconds)
    {
        var whole = double.IsFinite(seconds) && seconds > 0 ? (long)Math.Floor(seconds) : 0;
        var hours = whole / 3600;
        var minutes = whole / 60 % 60;
        var secs = whole % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{secs:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{secs:00}");
    }

    /// <summary><c>00:12–00:15</c>; just the start when there is no end; null when there is no start.</summary>
    public static string? Range(double? start, double? end)
    {
        if (start is not { } from)
        {
            return null;
        }

        return end is { } to && to > from ? $"{Format(from)}–{Format(to)}" : Format(from);
    }
}
