using System.CommandLine;
using System.Globalization;
using AssetBank.Application.SavedSearches;
using AssetBank.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank searches save|list|run</c>: saved searches, and what is new since the last run.</summary>
internal static class SearchesCommand
{
    public static Command Create() => new("searches", "保存的检索：保存、列出、再次运行并标出新增 / saved searches, run again with what is new")
    {
        Save(),
        List(),
        Run(),
    };

    private static Command Save()
    {
        var name = new Argument<string>("name") { Description = "检索名称 / the name to save it under" };
        var text = new Argument<string>("query") { Description = "查询，与 search 相同 / the query, as for `search`" };
        var kind = new Option<string[]>("--kind") { Description = "类型筛选（可重复）/ kind filter (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var channel = new Option<string[]>("--channel") { Description = "渠道筛选（可重复）/ channel filter (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var client = new Option<string[]>("--client") { Description = "客户筛选（可重复）/ client filter (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var sort = new Option<string>("--sort") { Description = "relevance（默认）| date", DefaultValueFactory = _ => "relevance" };
        var limit = new Option<int>("--limit") { Description = "每次运行显示的条数 / hits shown per run", DefaultValueFactory = _ => 20 };
        var who = new Option<string>("--as") { Description = "保存人 / who saves it", Required = true };
        var command = new Command("save", "保存检索及其筛选 / save a query with its filters") { name, text, kind, channel, client, sort, limit, who };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(sort) is not ("relevance" or "date"))
            {
                await Console.Error.WriteLineAsync($"错误：--sort '{parse.GetValue(sort)}' 只能是 relevance 或 date");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var query = new SearchQuery
            {
                Text = parse.GetValue(text),
                Kinds = parse.GetValue(kind) ?? [],
                Channels = parse.GetValue(channel) ?? [],
                Clients = parse.GetValue(client) ?? [],
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                PageSize = Math.Clamp(parse.GetValue(limit), 1, 500),
            };
            var saved = await services.GetRequiredService<ManageSavedSearches>().SaveAsync(parse.GetValue(name)!, query, parse.GetValue(who)!, CliContext.Waiting, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已保存检索[/] {ReusePrinter.Safe(saved.Name)}：{ReusePrinter.Safe(Describe(saved.Query))}");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "列出保存的检索 / list saved searches");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var list = await services.GetRequiredService<ManageSavedSearches>().ListAsync(cancellationToken);
            if (list.Count == 0)
            {
                AnsiConsole.MarkupLine("（没有保存的检索 / no saved searches）");
                return 0;
            }

            var table = new Table().AddColumn("名称 (name)").AddColumn("查询与筛选").AddColumn("保存人").AddColumn("上次运行");
            foreach (var s in list)
            {
                table.AddRow(ReusePrinter.Safe(s.Name), ReusePrinter.Safe(Describe(s.Query)), ReusePrinter.Safe(s.Owner), s.LastRunAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Run()
    {
        var name = new Argument<string>("name") { Description = "检索名称 / the saved search" };
        var command = new Command("run", "再次运行，标出上次运行后新入库的结果（新）/ run again; hits new since the last run are marked 新") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var run = await services.GetRequiredService<ManageSavedSearches>().RunAsync(parse.GetValue(name)!, cancellationToken);
            var results = run.Outcome.Results;
            AnsiConsole.MarkupLine($"[bold]{ReusePrinter.Safe(run.Search.Name)}[/] · {ReusePrinter.Safe(Describe(run.Search.Query))} · {results.TotalHits.ToString(CultureInfo.InvariantCulture)} 条结果 · [green]{run.NewHitIds.Count.ToString(CultureInfo.InvariantCulture)} 条新增[/]（自 {run.Since:yyyy-MM-dd HH:mm} UTC / new since）");
            if (run.Outcome.LaggingBy > 0)
            {
                await Console.Error.WriteLineAsync($"注意：索引落后资产库 {run.Outcome.LaggingBy} 项变更，结果可能不全 (the index lags the catalog)");
            }

            foreach (var hit in results.Hits)
            {
                var mark = run.NewHitIds.Contains(hit.Id) ? "[green]新 (new)[/] " : "         ";
                var time = hit.TimeCode is { } code ? $" [cyan]{ReusePrinter.Safe(code)}[/]" : string.Empty;
                AnsiConsole.MarkupLine($"{mark}{hit.Score,6:F2}  {ReusePrinter.Safe(hit.GroupLabel)} {ReusePrinter.Safe(hit.Title ?? hit.Key ?? hit.Id)}{time}  [grey]{ReusePrinter.Safe(hit.Key)}[/]");
            }

            if (!run.Recorded)
            {
                await Console.Error.WriteLineAsync("注意：另一进程正在写入，本次运行时间未记录，下次仍会标出这些新增 (another process is writing; this run's time was not recorded)");
            }

            return 0;
        });
        return command;
    }

    private static string Describe(SearchQuery query)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            parts.Add($"\"{query.Text}\"");
        }

        parts.AddRange(query.Kinds.Select(k => "kind:" + k));
        parts.AddRange(query.Channels.Select(c => "channel:" + c));
        parts.AddRange(query.Clients.Select(c => "client:" + c));
        if (query.Sort == SearchSort.Date)
        {
            parts.Add("按日期 (by date)");
        }

        return string.Join(" ", parts);
    }
}
