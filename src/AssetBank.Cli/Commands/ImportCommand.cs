using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetBank.Core.Assets;
using AssetBank.Core.Storage;
using AssetBank.Application.Ingesting;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>assetbank import --format jsonl FILE</c>: text items from a spreadsheet or another DAM become assets. Each line
/// is stored as a text object with its metadata (the id kept as external id) and goes through the normal stages.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "JSONL：{\"id\",\"kind\"(note|comment|post|copy|kol_profile|shot),\"channel\",\"title\",\"text\"[,\"client\",\"project\",\"created\"]}" };
        var format = new Option<string>("--format") { Description = "jsonl", DefaultValueFactory = _ => "jsonl" };
        var prefix = new Option<string>("--prefix") { Description = "对象键前缀 / key prefix for the imported objects", DefaultValueFactory = _ => "imports/" };
        var prune = new Option<bool>("--prune") { Description = "删除文件中已不存在的条目（同一导入目录内）/ delete items of earlier imports that the file no longer has" };
        var command = new Command("import", "批量导入文本条目（迁移）；按外部 id 幂等 / bulk import of text items, idempotent by external id") { file, format, prefix, prune };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(format) != "jsonl")
            {
                await Console.Error.WriteLineAsync($"错误：--format '{parse.GetValue(format)}' 不受支持；目前只支持 jsonl");
                return 2;
            }

            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"错误：找不到文件 '{path}' (no such file)");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var folder = parse.GetValue(prefix) + Path.GetFileNameWithoutExtension(path) + "/";
            var items = new List<TextItem>();
            var lineNumber = 0;
            var skipped = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryRead(line, out var item, out var problem))
                {
                    skipped++;
                    await Console.Error.WriteLineAsync($"{path}:{lineNumber}: 跳过 (skipped): {problem}");
                    continue;
                }

                items.Add(item with { Line = lineNumber });
            }

            var import = services.GetRequiredService<ImportTextItems>();
            var report = await ConsoleProgress.RunAsync(progress => import.ImportAsync(folder, items, SafeName, progress, CliContext.Waiting, cancellationToken, parse.GetValue(prune)));
            ReportPrinter.PrintIngestion(report);
            await Console.Error.WriteLineAsync($"已导入 {items.Count} 条 · 跳过 {skipped} 条（格式错误）");
            return report.Failed > 0 || (skipped > 0 && items.Count == 0) ? 1 : 0;
        });
        return command;
    }

    private static bool TryRead(string line, out TextItem item, out string problem)
    {
        item = null!;
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException e)
        {
            problem = $"not JSON ({e.Message})";
            return false;
        }

        if (obj is null)
        {
            problem = "expected a JSON object";
            return false;
        }

        string? Text(string name) => obj[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        var id = Text("id") ?? (obj["id"] is JsonValue n && n.TryGetValue<long>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null);
        if (id is null)
        {
            problem = "missing \"id\"";
            return false;
        }

        var text = Text("text");
        var title = Text("title");
        if (text is null && title is null)
        {
            problem = $"item '{id}' has neither \"text\" nor \"title\"";
            return false;
        }

        var created = Text("created");
        if (created is not null && !DateOnly.TryParse(created, CultureInfo.InvariantCulture, out _))
        {
            problem = $"item '{id}': \"created\" '{created}' is not a date (yyyy-MM-dd)";
            return false;
        }

        var metadata = new AssetMetadata(Text("client"), Text("project"), Text("channel"), null, created is null ? null : DateOnly.Parse(created, CultureInfo.InvariantCulture), Title: title)
            .ToUserMetadata()
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        metadata[MetadataKeys.ExternalId] = id;
        var declared = Text("kind");
        var kind = ImportedItemKinds.Resolve(declared, out var known);
        metadata[MetadataKeys.DeclaredKind] = AssetKindNames.ToWire(kind);
        if (!known)
        {
            Console.Error.WriteLine($"注意 (warning): item '{id}' 的 kind '{declared}' 未知，按文案导入 (imported as copy)");
        }

        if (string.Equals(declared, "shot", StringComparison.OrdinalIgnoreCase) && Text("channel") is null)
        {
            // A shot description is the text of a film: filed under TVC unless the source says otherwise.
            metadata[MetadataKeys.Channel] = Core.Search.SearchChannels.Tvc;
        }

        item = new TextItem(id, string.Join("\n\n", new[] { title, text }.Where(t => t is not null)), metadata);
        problem = string.Empty;
        return true;
    }

    private static string SafeName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            builder.Append(char.IsControl(c) || c is '/' or '\\' ? '_' : c);
        }

        var name = builder.ToString().Trim('.', ' ');
        return name.Length == 0 ? "item" : name;
    }

}
