using System.Globalization;
using System.Text.Json;
using AssetBank.Extraction.TextFiles;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// JSON exports as a table: the records are a top-level array of objects, or the first array of objects inside a
/// top-level object (<c>{"data": {"notes": [...]}}</c>), preferring well-known names. Nested objects flatten to
/// dotted keys (<c>user.nickname</c>), arrays of scalars to one value per line, arrays of objects to their url, name
/// or text. The keys, in order of first appearance, become the header row.
/// </summary>
internal static class JsonRecordReader
{
    private const int MaxSearchDepth = 4;
    private const int MaxFlattenDepth = 4;

    private static readonly string[] PreferredLists =
        ["notes", "note_list", "comments", "comment_list", "kols", "items", "list", "data", "records", "rows", "result", "results"];

    private static readonly string[] RepresentativeKeys =
        ["url", "url_default", "urlDefault", "src", "name", "text", "content", "title", "nickname"];

    /// <param name="what">What the records should be, for the rejection message (<c>notes or comments</c>).</param>
    public static TableContent Read(ExtractionSource source, string what, CancellationToken cancellationToken)
    {
        var decoded = TextFileReader.ReadWhole(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(decoded.Text, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
                MaxDepth = 64,
            });
        }
        catch (JsonException e)
        {
            throw source.Reject($"the file is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var records = FindRecords(document.RootElement, 0)
                ?? throw source.Reject($"unknown JSON shape: expected {what} as an array of objects (or an object holding one), found {Describe(document.RootElement)}");
            var keys = new List<string>();
            var known = new Dictionary<string, int>(StringComparer.Ordinal);
            var flat = new List<(int Number, Dictionary<string, string> Values)>();
            var number = 0;
            foreach (var record in records.EnumerateArray())
            {
                number++;
                if (record.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (flat.Count >= source.Options.MaxRows)
                {
                    source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"only the first {source.Options.MaxRows:N0} records were read (Extraction:MaxRows)"));
                    break;
                }

                if ((flat.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                Flatten(record, string.Empty, values, 0);
                foreach (var key in values.Keys)
                {
                    if (known.TryAdd(key, keys.Count))
                    {
                        keys.Add(key);
                    }
                }

                flat.Add((number, values));
            }

            var rows = new List<SourceRow>(flat.Count + 1) { new("keys", 0, keys) };
            foreach (var (recordNumber, values) in flat)
            {
                var cells = new string[keys.Count];
                for (var c = 0; c < keys.Count; c++)
                {
                    cells[c] = values.GetValueOrDefault(keys[c], string.Empty);
                }

                rows.Add(new SourceRow("record " + recordNumber.ToString(CultureInfo.InvariantCulture), recordNumber, cells));
            }

            return new TableContent([new SourceTable(null, rows)], null, decoded.Encoding);
        }
    }

    private static JsonElement? FindRecords(JsonElement element, int depth)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object) ? element : null;
        }

        if (element.ValueKind != JsonValueKind.Object || depth >= MaxSearchDepth)
        {
            return null;
        }

        var properties = element.EnumerateObject().ToList();
        foreach (var preferred in PreferredLists)
        {
            var match = properties.FirstOrDefault(p => string.Equals(p.Name, preferred, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && FindRecords(match.Value, depth + 1) is { } found)
            {
                return found;
            }
        }

        foreach (var property in properties)
        {
            if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && FindRecords(property.Value, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> into, int depth)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + property.Name;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    into[key] = value.GetString() ?? string.Empty;
                    break;
                case JsonValueKind.Number:
                    into[key] = value.GetRawText();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    into[key] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                    break;
                case JsonValueKind.Object when depth < MaxFlattenDepth:
                    Flatten(value, key + ".", into, depth + 1);
                    break;
                case JsonValueKind.Array:
                    var items = value.EnumerateArray().Select(Representative).Where(s => s is { Length: > 0 }).ToList();
                    if (items.Count > 0)
                    {
                        into[key] = string.Join('\n', items);
                    }

                    break;
            }
        }
    }

    private static string? Representative(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Number => item.GetRawText(),
        JsonValueKind.Object => RepresentativeKeys
            .Select(k => item.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, k, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString())
            .FirstOrDefault(),
        _ => null,
    };

    private static string Describe(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => "an array without objects",
        JsonValueKind.Object => "an object with no list of records (keys: " + string.Join(", ", root.EnumerateObject().Take(10).Select(p => p.Name)) + ")",
        _ => "a single " + root.ValueKind.ToString().ToLowerInvariant() + " value",
    };
}
