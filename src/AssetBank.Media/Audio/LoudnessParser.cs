using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AssetBank.Core.Media;

namespace AssetBank.Media.Audio;

/// <summary>Reads loudness from ffmpeg's log: the <c>ebur128</c> summary, or the JSON block <c>loudnorm=print_format=json</c> prints.</summary>
public static partial class LoudnessParser
{
    /// <summary>Parses whichever summary the log holds; null when it holds none.</summary>
    public static LoudnessSummary? Parse(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return ParseEbur128(log) ?? ParseLoudnormJson(log);
    }

    /// <summary>The <c>Summary:</c> section of the ebur128 filter (per-frame lines before it are ignored).</summary>
    public static LoudnessSummary? ParseEbur128(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var summary = log.LastIndexOf("Summary:", StringComparison.Ordinal);
        if (summary < 0)
        {
            return null;
        }

        var text = log[summary..];
        var integrated = Integrated().Match(text);
        if (!integrated.Success || !TryNumber(integrated.Groups[1].Value, out var lufs))
        {
            return null;
        }

        double? range = LoudnessRange().Match(text) is { Success: true } lra && TryNumber(lra.Groups[1].Value, out var lu) ? lu : null;
        double? peak = TruePeak().Match(text) is { Success: true } tp && TryNumber(tp.Groups[1].Value, out var db) ? db : null;
        return new LoudnessSummary(lufs, range, peak);
    }

    /// <summary>The JSON object loudnorm prints after its log prefix line.</summary>
    public static LoudnessSummary? ParseLoudnormJson(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var key = log.LastIndexOf("\"input_i\"", StringComparison.Ordinal);
        if (key < 0)
        {
            return null;
        }

        var open = log.LastIndexOf('{', key);
        var close = log.IndexOf('}', key);
        if (open < 0 || close < 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(log.AsMemory(open, close - open + 1));
            var root = json.RootElement;
            if (!TryField(root, "input_i", out var lufs))
            {
                return null;
            }

            double? range = TryField(root, "input_lra", out var lra) ? lra : null;
            double? peak = TryField(root, "input_tp", out var tp) ? tp : null;
            return new LoudnessSummary(lufs, range, peak);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryField(JsonElement root, string name, out double value)
    {
        value = 0;
        return root.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && TryNumber(field.GetString(), out value);
    }

    private static bool TryNumber(string? text, out double value)
    {
        // ffmpeg prints "-inf" for silence in places; treat it as no measurement.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    [GeneratedRegex(@"Integrated loudness:\s*I:\s*(-?[0-9.]+|-?inf)\s*LUFS", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Integrated();

    [GeneratedRegex(@"Loudness range:\s*LRA:\s*(-?[0-9.]+)\s*LU", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LoudnessRange();

    [GeneratedRegex(@"True peak:\s*Peak:\s*(-?[0-9.]+|-?inf)\s*dBFS", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TruePeak();
}
