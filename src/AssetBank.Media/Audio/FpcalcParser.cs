using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Media;

namespace AssetBank.Media.Audio;

/// <summary>Reads <c>fpcalc -raw</c> output: the JSON form (<c>-json</c>) or the plain <c>DURATION=</c>/<c>FINGERPRINT=</c> lines.</summary>
/// <remarks>Debian's fpcalc prints a valid fingerprint and then exits 3 with "Error decoding audio frame (End of file)"; the output decides, not the exit code.</remarks>
public static class FpcalcParser
{
    /// <summary>Null when the output holds no raw fingerprint (for example a compressed one, printed without <c>-raw</c>).</summary>
    public static AudioFingerprint? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = output.Trim();
        return text.StartsWith('{') ? ParseJson(text) : ParsePlain(text);
    }

    private static AudioFingerprint? ParseJson(string text)
    {
        // fpcalc may append error lines after the JSON object.
        var end = text.IndexOf('}', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text.AsMemory(0, end + 1));
            var root = json.RootElement;
            if (!root.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var values = new List<uint>(fingerprint.GetArrayLength());
            foreach (var item in fingerprint.EnumerateArray())
            {
                if (item.TryGetUInt32(out var unsigned))
                {
                    values.Add(unsigned);
                }
                else if (item.TryGetInt32(out var signed))
                {
                    values.Add(unchecked((uint)signed));
                }
                else
                {
                    return null;
                }
            }

            var seconds = root.TryGetProperty("duration", out var duration) && duration.TryGetDouble(out var d) ? d : 0;
            return values.Count == 0 ? null : new AudioFingerprint(ToDuration(seconds), values);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AudioFingerprint? ParsePlain(string text)
    {
        double seconds = 0;
        List<uint>? values = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("DURATION=", StringComparison.Ordinal))
            {
                _ = double.TryParse(line.AsSpan("DURATION=".Length), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds);
            }
            else if (line.StartsWith("FINGERPRINT=", StringComparison.Ordinal))
            {
                values = [];
                foreach (var part in line["FINGERPRINT=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (uint.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unsigned))
                    {
                        values.Add(unsigned);
                    }
                    else if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var signed))
                    {
                        values.Add(unchecked((uint)signed));
                    }
                    else
                    {
                        return null;
                    }
                }
            }
        }

        return values is { Count: > 0 } ? new AudioFingerprint(ToDuration(seconds), values) : null;
    }

    private static TimeSpan ToDuration(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
}
