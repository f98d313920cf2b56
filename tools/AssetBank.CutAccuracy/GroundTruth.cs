using System.Text.Json;

namespace AssetBank.CutAccuracy;

/// <summary>
/// Known cut times per video file, relative to the videos folder. Two formats are read:
/// a cuts file <c>{"video.mp4": [8, 16.0, …]}</c>, and the sample library's <c>manifest.json</c>
/// (<c>entries[].path</c> with <c>entries[].video.cuts[].time</c>; a crossfade's time is its centre).
/// </summary>
internal static class GroundTruth
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<double>>> LoadAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        using var json = await JsonDocument.ParseAsync(stream, default, ct);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: expected a JSON object.");
        }

        return root.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? FromManifest(entries)
            : FromCutsFile(root, path);
    }

    private static Dictionary<string, IReadOnlyList<double>> FromCutsFile(JsonElement root, string path)
    {
        var result = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: '{property.Name}' must map to an array of cut times in seconds.");
            }

            result[property.Name] = [.. property.Value.EnumerateArray().Select(v => v.GetDouble()).Order()];
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<double>> FromManifest(JsonElement entries)
    {
        var result = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String &&
                entry.TryGetProperty("video", out var video) && video.ValueKind == JsonValueKind.Object &&
                video.TryGetProperty("cuts", out var cuts) && cuts.ValueKind == JsonValueKind.Array)
            {
                result[p.GetString()!] = [.. cuts.EnumerateArray()
                    .Where(c => c.TryGetProperty("time", out _))
                    .Select(c => c.GetProperty("time").GetDouble())
                    .Order()];
            }
        }

        return result;
    }
}
