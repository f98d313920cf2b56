using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetBank.Application.Tagging;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank tag --in items.jsonl --out tags.jsonl</c>: a dry run of tagging; nothing is written to the catalog.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "输入 JSONL：{\"id\",\"kind\",\"channel\",\"title\",\"text\"} / input lines", Required = true };
        var output = new Option<string?>("--out") { Description = "输出 JSONL（默认标准输出）/ output file (default stdout)" };
        var tagger = new Option<string?>("--tagger") { Description = "lexicon | llm（默认按配置）/ which tagger (default: configured)" };
        var command = new Command("tag", "试打标签，不写入资产库 / dry-run tagging of JSONL items; the catalog is not touched") { input, output, tagger };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(tagger) is { } choice)
            {
                if (choice is not ("lexicon" or "llm"))
                {
                    await Console.Error.WriteLineAsync($"错误：--tagger '{choice}' 只能是 lexicon 或 llm");
                    return 2;
                }

                Environment.SetEnvironmentVariable("ASSETBANK__TAGGING__TAGGER", choice == "llm" ? "Llm" : "Lexicon");
            }

            await using var services = CliContext.BuildServices(parse);
            var chosen = services.GetRequiredService<TagItems>();
            var inPath = parse.GetValue(input)!;
            if (!File.Exists(inPath))
            {
                await Console.Error.WriteLineAsync($"错误：找不到输入文件 '{inPath}' (no such file)");
                return 2;
            }

            var outPath = parse.GetValue(output);
            await using var writer = outPath is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
                : new StreamWriter(outPath, append: false, new UTF8Encoding(false));
            var lineNumber = 0;
            var tagged = 0;
            var skipped = 0;
            foreach (var line in await File.ReadAllLinesAsync(inPath, cancellationToken))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryReadItem(line, out var item, out var problem))
                {
                    skipped++;
                    await Console.Error.WriteLineAsync($"{inPath}:{lineNumber}: 跳过 (skipped): {problem}");
                    continue;
                }

                var tags = await chosen.TagAsync(item, cancellationToken);
                await writer.WriteLineAsync(ToJson(tags));
                tagged++;
            }

            await Console.Error.WriteLineAsync($"已打标签 {tagged} 条 · 跳过 {skipped} 条 · 标签器 {chosen.TaggerName}");
            return skipped > 0 && tagged == 0 ? 1 : 0;
        });
        return command;
    }

    internal static bool TryReadItem(string line, out TaggingInput item, out string problem)
    {
        item = null!;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            problem = $"not JSON ({e.Message})";
            return false;
        }

        if (node is not JsonObject obj)
        {
            problem = "expected a JSON object";
            return false;
        }

        string? Text(string name) => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : obj[name]?.ToJsonString();
        var id = Text("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            problem = "missing \"id\"";
            return false;
        }

        var text = Text("text");
        item = new TaggingInput
        {
            ItemId = id,
            Kind = AssetKindNames.FromWire(Text("kind")),
            Channel = Text("channel"),
            Title = Text("title"),
            Texts = string.IsNullOrWhiteSpace(text) ? [] : [new TaggingText(TaggingTextField.Body, text)],
        };
        problem = string.Empty;
        return true;
    }

    private static string ToJson(TagSet tags)
    {
        var result = new JsonObject { ["id"] = tags.ItemId };
        foreach (var dimension in TagDimensions.All)
        {
            result[dimension.ToString().ToLowerInvariant()] = new JsonArray(tags.LabelsOf(dimension).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
        }

        result["confidence"] = tags.OverallConfidence();
        result["tagger"] = tags.Tagger;
        if (tags.FallbackReason is { } reason)
        {
            result["fallback"] = reason;
        }

        return result.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
