using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Application.Searching;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank search "母婴 夜醒 焦虑 新手爸爸" [--kind video] [--json] [--limit N]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("query") { Description = "查询，如 \"母婴—夜醒—焦虑—新手爸爸\" 或 \"行业:母婴 半夜 哄娃\"" };
        var kind = new Option<string[]>("--kind") { Description = "video(视频) | image(图片/平面) | audio(音频) | copy(文案) | kol-list(KOL名单) | social(舆情数据)（可重复）", Arity = ArgumentArity.ZeroOrMore };
        var channel = new Option<string[]>("--channel") { Description = "渠道：TVC、小红书、抖音…（可重复）", Arity = ArgumentArity.ZeroOrMore };
        var client = new Option<string[]>("--client") { Description = "客户（可重复）", Arity = ArgumentArity.ZeroOrMore };
        var sort = new Option<string>("--sort") { Description = "relevance（默认）| date（最新）| engagement（互动最多）", DefaultValueFactory = _ => "relevance" };
        var limit = new Option<int>("--limit") { Description = "每页条数 / hits per page", DefaultValueFactory = _ => 20 };
        var page = new Option<int>("--page") { Description = "页码 / page", DefaultValueFactory = _ => 1 };
        var usableFor = new Option<string?>("--usable-for") { Description = "只看今天可用于该媒介的（抖音、小红书、电视…）/ only results whose rights allow this medium today" };
        var territory = new Option<string?>("--territory") { Description = "只看今天可在该地域使用的（中国大陆、港澳台、全球…）/ only results whose rights allow this territory today" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：排序后的命中 / ranked hits as JSON" };
        var command = new Command("search", "检索资产库：按类型分组、四维分面、镜头时间码 / search the bank") { text, kind, channel, client, sort, limit, page, json, usableFor, territory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sortValue = parse.GetValue(sort);
            if (sortValue is not ("relevance" or "date" or "engagement"))
            {
                await Console.Error.WriteLineAsync($"错误：--sort '{sortValue}' 只能是 relevance、date 或 engagement");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var search = services.GetRequiredService<SearchAssets>();
            var query = new SearchQuery
            {
                Text = parse.GetValue(text),
                Kinds = parse.GetValue(kind) ?? [],
                Channels = parse.GetValue(channel) ?? [],
                Clients = parse.GetValue(client) ?? [],
                Sort = sortValue switch { "date" => SearchSort.Date, "engagement" => SearchSort.Engagement, _ => SearchSort.Relevance },
                PageSize = Math.Clamp(parse.GetValue(limit), 1, 500),
                Page = Math.Max(1, parse.GetValue(page)),
                UsableFor = parse.GetValue(usableFor),
                UsableIn = parse.GetValue(territory),
            };
            var outcome = await search.SearchAsync(query, cancellationToken);
            if (outcome.CaughtUp is { } caughtUp)
            {
                await Console.Error.WriteLineAsync(caughtUp);
            }

            if (outcome.LaggingBy > 0)
            {
                await Console.Error.WriteLineAsync($"注意：另一进程正在写入，索引落后资产库 {outcome.LaggingBy} 项变更，结果可能不全 (the index lags the catalog by {outcome.LaggingBy} changes while another process writes)");
            }

            var results = outcome.Results;
            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(results, outcome));
            }
            else
            {
                Print(results, outcome);
            }

            return 0;
        });
        return command;
    }

    private static void Print(SearchResults results, SearchOutcome outcome)
    {
        AnsiConsole.MarkupLine($"[bold]{results.TotalHits.ToString(CultureInfo.InvariantCulture)} 条结果[/] · {Markup.Escape(results.GroupSummary)} · {results.Elapsed.TotalMilliseconds:F1} ms");
        if (outcome.MatchingWithoutRightsFilter is { } all)
        {
            AnsiConsole.MarkupLine($"授权可用 {results.TotalHits.ToString(CultureInfo.InvariantCulture)} / 共 {all.ToString(CultureInfo.InvariantCulture)} 条匹配 (usable now of all matches)");
        }
        if (!results.Interpretation.IsEmpty)
        {
            AnsiConsole.MarkupLine($"[grey]理解为 (interpreted as): {Markup.Escape(results.Interpretation.ToString())}[/]");
        }

        foreach (var note in results.Interpretation.Notes)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(note.ToString() ?? string.Empty)}[/]");
        }

        foreach (var facet in results.Facets.Where(f => f.Values.Count > 0))
        {
            AnsiConsole.MarkupLine($"[grey]{TagDimensions.ToChinese(facet.Dimension)}:[/] {Markup.Escape(string.Join(" · ", facet.Values.Select(v => $"{v.Label} {v.Count}")))}");
        }

        foreach (var group in results.Hits.GroupBy(h => h.GroupLabel))
        {
            AnsiConsole.MarkupLine($"\n[bold underline]{Markup.Escape(group.Key)}[/]");
            foreach (var hit in group)
            {
                var time = hit.TimeCode is { } code ? $" [cyan]{Markup.Escape(code)}[/]" : string.Empty;
                if (hit.Kind == "social" && (hit.Author is not null || hit.Engagement is not null))
                {
                    var who = hit.Author is { } author ? $"@{author} " : string.Empty;
                    var when = hit.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
                    var likes = hit.Engagement is { } engagement ? string.Create(CultureInfo.InvariantCulture, $" 互动{engagement:N0}") : string.Empty;
                    time += $" [grey]{Markup.Escape(TerminalText.Escape($"{who}{when}{likes}".Trim()))}[/]";
                }

                var dims = hit.MatchedDimensions.Count > 0 ? $" [green]{Markup.Escape(string.Join('—', hit.MatchedDimensions.Select(d => d.Label)))}[/]" : string.Empty;
                var badge = outcome.RightsBadge(hit) is { } rights ? $" [red]⚠ {Markup.Escape(rights)}[/]" : string.Empty;
                AnsiConsole.MarkupLine($"  {hit.Score,6:F2}  {Markup.Escape(TerminalText.Escape(hit.Title ?? hit.Key ?? hit.Id))}{time}{dims}{badge}  [grey]{Markup.Escape(TerminalText.Escape(hit.Key ?? string.Empty))}[/]");
                if (hit.Snippet is { } snippet)
                {
                    AnsiConsole.MarkupLine($"          {Markup.Escape(TerminalText.Escape(snippet.Render("【", "】")))}");
                }

                if (hit.OtherForms.Count > 0)
                {
                    AnsiConsole.MarkupLine($"          [grey]也有 (also as): {Markup.Escape(string.Join(" · ", hit.OtherForms.Select(f => f.Key ?? f.Id)))}[/]");
                }
            }
        }
    }

    private static string ToJson(SearchResults results, SearchOutcome outcome)
    {
        var hits = new JsonArray();
        foreach (var hit in results.Hits)
        {
            hits.Add(new JsonObject
            {
                ["id"] = hit.Id,
                ["assetId"] = hit.AssetId,
                ["externalId"] = hit.ExternalId,
                ["kind"] = hit.Kind,
                ["channel"] = hit.Channel,
                ["group"] = hit.GroupLabel,
                ["key"] = hit.Key,
                ["title"] = hit.Title,
                ["shot"] = hit.ShotIndex,
                ["timeCode"] = hit.TimeCode,
                ["start"] = hit.StartSeconds,
                ["end"] = hit.EndSeconds,
                ["keyframe"] = hit.KeyframeKey,
                ["created"] = hit.Created?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["engagement"] = hit.Engagement,
                ["author"] = hit.Author,
                ["score"] = Math.Round(hit.Score, 4),
                ["rightsLastDay"] = hit.RightsLastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["rightsBadge"] = outcome.RightsBadge(hit),
                ["matchedDimensions"] = new JsonArray(hit.MatchedDimensions.Select(d => (JsonNode)new JsonObject
                {
                    ["dimension"] = TagDimensions.ToWire(d.Dimension),
                    ["label"] = d.Label,
                    ["confidence"] = Math.Round(d.Confidence, 4),
                }).ToArray()),
                ["snippet"] = hit.Snippet?.Render(),
                ["otherForms"] = new JsonArray(hit.OtherForms.Select(f => (JsonNode)new JsonObject
                {
                    ["id"] = f.Id,
                    ["assetId"] = f.AssetId,
                    ["externalId"] = f.ExternalId,
                    ["kind"] = f.Kind,
                    ["key"] = f.Key,
                }).ToArray()),
            });
        }

        var result = new JsonObject
        {
            ["total"] = results.TotalHits,
            ["matchingWithoutRightsFilter"] = outcome.MatchingWithoutRightsFilter,
            ["page"] = results.Page,
            ["groups"] = new JsonArray(results.Groups.Select(g => (JsonNode)new JsonObject { ["label"] = g.Label, ["kind"] = g.Kind, ["channel"] = g.Channel, ["count"] = g.Count }).ToArray()),
            ["facets"] = new JsonObject(results.Facets.Select(f => new KeyValuePair<string, JsonNode?>(
                TagDimensions.ToWire(f.Dimension),
                new JsonArray(f.Values.Select(v => (JsonNode)new JsonObject { ["label"] = v.Label, ["count"] = v.Count }).ToArray())))),
            ["interpretation"] = results.Interpretation.ToString(),
            ["notes"] = new JsonArray(results.Interpretation.Notes.Select(n => (JsonNode)new JsonObject { ["code"] = n.Code, ["message"] = n.Message }).ToArray()),
            ["suggestions"] = new JsonArray(results.Suggestions.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
            ["hits"] = hits,
        };
        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
