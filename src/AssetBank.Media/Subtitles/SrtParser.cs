using System.Globalization;
using System.Text.RegularExpressions;

namespace AssetBank.Media.Subtitles;

/// <summary>Parses SubRip (<c>.srt</c>) text, tolerating what real files contain: missing or wrong counters, '.' for ',' in times, extra blank lines, HTML-like styling tags, WebVTT-style headers.</summary>
public static partial class SrtParser
{
    public static IReadOnlyList<SubtitleCue> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = new List<SubtitleCue>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var timing = Timing().Match(lines[i]);
            if (!timing.Success)
            {
                continue;
            }

            var start = ParseTime(timing.Groups["s"].Value);
            var end = ParseTime(timing.Groups["e"].Value);
            var body = new List<string>();
            var j = i + 1;
            for (; j < lines.Length && lines[j].Trim().Length > 0; j++)
            {
                // A counter followed by a timing line means the previous cue had no blank line after it.
                if (j + 1 < lines.Length && IsCounter(lines[j]) && Timing().IsMatch(lines[j + 1]))
                {
                    break;
                }

                body.Add(lines[j]);
            }

            i = j - 1;
            if (start is null || end is null)
            {
                continue;
            }

            var cleaned = SubtitleText.Clean(string.Join('\n', body));
            if (cleaned.Length > 0 && end > start)
            {
                cues.Add(new SubtitleCue(start.Value, end.Value, cleaned));
            }
        }

        return cues;
    }

    private static bool IsCounter(string line) => line.Trim() is { Length: > 0 } t && t.All(char.IsAsciiDigit);

    private static TimeSpan? ParseTime(string text)
    {
        var parts = text.Replace(',', '.').Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return null;
        }

        var hours = parts.Length == 3 ? parts[0] : "0";
        var minutes = parts[^2];
        var seconds = parts[^1];
        if (int.TryParse(hours, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) &&
            int.TryParse(minutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) &&
            double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) &&
            h is >= 0 and < 1000 && m is >= 0 and < 60 && s is >= 0 and < 61)
        {
            return TimeSpan.FromHours(h) + TimeSpan.FromMinutes(m) + TimeSpan.FromSeconds(s);
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?<s>(\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})\s*-->\s*(?<e>(\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Timing();
}
