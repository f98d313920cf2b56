using System.Globalization;

namespace AssetBank.Media.Subtitles;

/// <summary>Parses Advanced SubStation Alpha / SSA (<c>.ass</c>, <c>.ssa</c>): the <c>Dialogue:</c> lines of <c>[Events]</c>, fields located through its <c>Format:</c> line.</summary>
public static class AssParser
{
    private static readonly string[] DefaultFormat = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"];

    public static IReadOnlyList<SubtitleCue> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = new List<SubtitleCue>();
        var inEvents = false;
        var format = DefaultFormat;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inEvents = line.Equals("[Events]", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (!inEvents)
            {
                continue;
            }

            if (line.StartsWith("Format:", StringComparison.OrdinalIgnoreCase))
            {
                format = [.. line["Format:".Length..].Split(',').Select(f => f.Trim())];
                continue;
            }

            if (!line.StartsWith("Dialogue:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Text is the last field and may itself contain commas.
            var fields = line["Dialogue:".Length..].Split(',', format.Length);
            if (fields.Length < format.Length)
            {
                continue;
            }

            var start = ParseTime(Field(fields, format, "Start"));
            var end = ParseTime(Field(fields, format, "End"));
            var body = SubtitleText.Clean(Field(fields, format, "Text") ?? string.Empty);
            if (start is { } s && end is { } e && e > s && body.Length > 0)
            {
                cues.Add(new SubtitleCue(s, e, body));
            }
        }

        return cues.OrderBy(c => c.Start).ToList();
    }

    private static string? Field(string[] fields, string[] format, string name)
    {
        var index = Array.FindIndex(format, f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < fields.Length ? fields[index].Trim() : null;
    }

    /// <summary>ASS times are <c>H:MM:SS.cc</c> (centiseconds).</summary>
    private static TimeSpan? ParseTime(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':');
        if (parts.Length == 3 &&
            int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) &&
            int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) &&
            double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) &&
            h is >= 0 and < 1000 && m is >= 0 and < 60 && s is >= 0 and < 61)
        {
            return TimeSpan.FromHours(h) + TimeSpan.FromMinutes(m) + TimeSpan.FromSeconds(s);
        }

        return null;
    }
}
