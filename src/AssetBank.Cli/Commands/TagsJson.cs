using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;

namespace AssetBank.Cli.Commands;

/// <summary><c>tags show --json</c>: each item's tags with source, confidence and evidence (quote, field, shot and its time range).</summary>
internal static class TagsJson
{
    public static string Write(string key, TagSet? tags, IReadOnlyList<Shot> shots)
    {
        var items = new JsonArray();
        foreach (var set in tags is null ? [] : new[] { tags }.Concat(tags.Shots))
        {
            var entry = new JsonObject { ["item"] = set.ItemId };
            if (Range(set.ItemId, shots) is { } range)
            {
                entry["start"] = range.Start.TotalSeconds;
                entry["end"] = range.End.TotalSeconds;
            }

            entry["tags"] = new JsonArray([.. set.Tags.Select(t => (JsonNode)new JsonObject
            {
                ["dimension"] = TagDimensions.ToWire(t.Dimension),
                ["label"] = t.Label,
                ["termId"] = t.TermId,
                ["confidence"] = t.Confidence,
                ["source"] = t.Source.ToString().ToLowerInvariant(),
                ["tagger"] = t.Tagger,
                ["evidence"] = new JsonArray([.. t.Evidence.Select(e => (JsonNode)Evidence(e, shots))]),
            })]);
            items.Add(entry);
        }

        var result = new JsonObject { ["key"] = key, ["items"] = items };
        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Evidence(TagEvidence evidence, IReadOnlyList<Shot> shots)
    {
        var node = new JsonObject
        {
            ["field"] = evidence.Field is { } field ? JsonNamingPolicy.CamelCase.ConvertName(field.ToString()) : null,
            ["text"] = evidence.Text,
            ["shot"] = evidence.ShotId,
        };
        if (Range(evidence.ShotId, shots) is { } range)
        {
            node["start"] = range.Start.TotalSeconds;
            node["end"] = range.End.TotalSeconds;
        }

        return node;
    }

    private static (TimeSpan Start, TimeSpan End)? Range(string? itemId, IReadOnlyList<Shot> shots) =>
        TagEvidenceText.ShotIndex(itemId) is { } index && shots.FirstOrDefault(s => s.Index == index) is { } shot ? (shot.Start, shot.End) : null;
}
