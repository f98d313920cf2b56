using System.Text.Json;
using System.Text.RegularExpressions;
using WireMock;

namespace AssetBank.Tagging.Llm.Tests;

/// <summary>A chat-completions request as the fake server received it, with the parts the tests check.</summary>
internal sealed partial record ChatRequest(string Path, string? Authorization, JsonElement Body)
{
    public static ChatRequest From(IRequestMessage message)
    {
        var authorization = message.Headers is { } headers && headers.TryGetValue("Authorization", out var values) ? values.FirstOrDefault() : null;
        using var document = JsonDocument.Parse(message.Body ?? "{}");
        return new ChatRequest(message.Path, authorization, document.RootElement.Clone());
    }

    public string? Model => Body.TryGetProperty("model", out var m) ? m.GetString() : null;

    public JsonElement? ResponseFormat => Body.TryGetProperty("response_format", out var f) ? f : null;

    /// <summary>All text parts of all messages, in order.</summary>
    public IReadOnlyList<string> Texts => Parts().Where(p => p.GetProperty("type").GetString() == "text").Select(p => p.GetProperty("text").GetString()!).ToList();

    public string SystemText => Body.GetProperty("messages")[0].GetProperty("content") is { ValueKind: JsonValueKind.String } s
        ? s.GetString()!
        : string.Concat(Body.GetProperty("messages")[0].GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    public IReadOnlyList<string> ImageUrls => Parts()
        .Where(p => p.GetProperty("type").GetString() == "image_url")
        .Select(p => p.GetProperty("image_url").GetProperty("url").GetString()!)
        .ToList();

    /// <summary>The unit ids the prompt asks about (<c>[id=…]</c>), in order.</summary>
    public IReadOnlyList<string> UnitIds => Texts.SelectMany(t => UnitId().Matches(t).Select(m => m.Groups[1].Value)).Distinct().ToList();

    /// <summary>The enum of Chinese labels the json_schema allows for a dimension.</summary>
    public IReadOnlyList<string> SchemaEnum(string dimension) =>
        ResponseFormat!.Value.GetProperty("json_schema").GetProperty("schema")
            .GetProperty("properties").GetProperty("items").GetProperty("items")
            .GetProperty("properties").GetProperty(dimension).GetProperty("items")
            .GetProperty("properties").GetProperty("label").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();

    private IEnumerable<JsonElement> Parts()
    {
        foreach (var message in Body.GetProperty("messages").EnumerateArray())
        {
            var content = message.GetProperty("content");
            if (content.ValueKind == JsonValueKind.String)
            {
                yield return JsonDocument.Parse(JsonSerializer.Serialize(new { type = "text", text = content.GetString() })).RootElement;
                continue;
            }

            foreach (var part in content.EnumerateArray())
            {
                yield return part;
            }
        }
    }

    [GeneratedRegex(@"\[id=([^\]]+)\]")]
    private static partial Regex UnitId();
}
