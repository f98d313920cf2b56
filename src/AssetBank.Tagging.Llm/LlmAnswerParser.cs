using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>
/// Reads a model answer defensively. Accepts the schema's shape and the usual deviations (code fences, a bare array, a
/// single object, labels as plain strings, Chinese dimension names); keeps only labels of the taxonomy (labels or
/// synonyms, per dimension), clamps confidences to 0..1, and never adds a tag the model did not give.
/// </summary>
internal static class LlmAnswerParser
{
    private const int MaxEvidenceChars = 200;
    private const double MissingConfidence = 0.5;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    /// <summary>The answers per unit key, or null with <paramref name="problem"/> set when the answer is unusable.</summary>
    public static Dictionary<string, LlmUnitAnswer>? Parse(
        string? content,
        IReadOnlyList<LlmUnit> units,
        Taxonomy taxonomy,
        LlmTaggerOptions options,
        out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(content))
        {
            problem = "the model gave a blank answer";
            return null;
        }

        var start = content.IndexOfAny(['{', '[']);
        var end = content.LastIndexOfAny(['}', ']']);
        if (start < 0 || end <= start)
        {
            problem = $"the answer is not JSON: {Shorten(content, 80)}";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content.AsMemory(start, end - start + 1), DocumentOptions);
        }
        catch (JsonException ex)
        {
            problem = $"the answer is not valid JSON ({ex.Message.Split('.')[0]}): {Shorten(content, 80)}";
            return null;
        }

        using (document)
        {
            var items = Items(document.RootElement, units.Count);
            if (items is null)
            {
                problem = "the answer has no items";
                return null;
            }

            var answers = new Dictionary<string, LlmUnitAnswer>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var unit = UnitOf(items[i], i, items.Count, units);
                if (unit is null || answers.ContainsKey(unit.Key))
                {
                    continue;
                }

                answers[unit.Key] = ReadUnit(items[i], taxonomy, options);
            }

            if (answers.Count == 0)
            {
                problem = "the answer names none of the items asked about";
                return null;
            }

            return answers;
        }
    }

    private static List<JsonElement>? Items(JsonElement root, int unitCount)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array &&
                property.Name is "items" or "results" or "shots" or "data")
            {
                return [.. property.Value.EnumerateArray()];
            }
        }

        // A single unit answered as a bare object of dimensions.
        var hasDimension = root.EnumerateObject().Any(p => TagDimensions.TryParse(p.Name, out _));
        return hasDimension && unitCount == 1 ? [root] : null;
    }

    private static LlmUnit? UnitOf(JsonElement item, int index, int itemCount, IReadOnlyList<LlmUnit> units)
    {
        if (item.TryGetProperty("id", out var id))
        {
            var text = id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
            if (text is not null)
            {
                text = text.Trim();
                return units.FirstOrDefault(u => string.Equals(u.Key, text, StringComparison.OrdinalIgnoreCase))
                    ?? units.FirstOrDefault(u => u.ShotId is not null && string.Equals(u.ShotId, text, StringComparison.Ordinal));
            }
        }

        // Without ids, trust the order only when the counts agree.
        return itemCount == units.Count ? units[index] : null;
    }

    private static LlmUnitAnswer ReadUnit(JsonElement item, Taxonomy taxonomy, LlmTaggerOptions options)
    {
        var tags = new List<TagAssignment>();
        int given = 0, dropped = 0;
        foreach (var property in item.EnumerateObject())
        {
            if (!TagDimensions.TryParse(property.Name, out var dimension))
            {
                continue;
            }

            var best = new Dictionary<string, (TaxonomyTerm Term, double Confidence, string? Evidence)>(StringComparer.Ordinal);
            foreach (var entry in Entries(property.Value))
            {
                var (label, confidence, evidence) = Read(entry);
                if (string.IsNullOrWhiteSpace(label))
                {
                    continue;
                }

                given++;
                var term = taxonomy.FindByLabel(dimension, label);
                if (term is null)
                {
                    dropped++;
                    continue;
                }

                if (!best.TryGetValue(term.Id, out var seen) || confidence > seen.Confidence)
                {
                    best[term.Id] = (term, confidence, evidence);
                }
            }

            tags.AddRange(best.Values
                .Where(x => x.Confidence >= options.MinConfidence && x.Confidence > 0)
                .OrderByDescending(x => x.Confidence)
                .ThenBy(x => x.Term.Id, StringComparer.Ordinal)
                .Take(options.MaxTagsPerDimension)
                .Select(x => new TagAssignment(dimension, x.Term.Id, x.Term.Label, x.Confidence, TagSource.Llm)
                {
                    Evidence = string.IsNullOrWhiteSpace(x.Evidence) ? [] : [new TagEvidence { Text = Shorten(x.Evidence.Trim(), MaxEvidenceChars) }],
                    Tagger = LlmTagger.TaggerName,
                    Model = options.Model,
                }));
        }

        return new LlmUnitAnswer(TagSet.Canonical(tags), given, dropped);
    }

    private static IEnumerable<JsonElement> Entries(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray(),
        JsonValueKind.String or JsonValueKind.Object => [value],
        _ => [],
    };

    private static (string? Label, double Confidence, string? Evidence) Read(JsonElement entry)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            return (entry.GetString(), MissingConfidence, null);
        }

        if (entry.ValueKind != JsonValueKind.Object)
        {
            return (null, 0, null);
        }

        var label = entry.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        var confidence = MissingConfidence;
        if (entry.TryGetProperty("confidence", out var c))
        {
            if (c.ValueKind == JsonValueKind.Number && c.TryGetDouble(out var number))
            {
                confidence = number;
            }
            else if (c.ValueKind == JsonValueKind.String &&
                     double.TryParse(c.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                confidence = parsed;
            }
        }

        var evidence = entry.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        return (label, double.IsFinite(confidence) ? Math.Round(Math.Clamp(confidence, 0, 1), 4) : 0, evidence);
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max), "…");
    }
}
