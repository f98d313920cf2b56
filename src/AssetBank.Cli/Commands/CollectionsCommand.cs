using System.CommandLine;
using System.Globalization;
using System.Text;
using AssetBank.Application.Collections;
using AssetBank.Core.Collections;
using AssetBank.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank collections …</c>: 素材篮 — collect assets, shots and texts, order and annotate them, share and export.</summary>
internal static class CollectionsCommand
{
    public static Command Create() => new("collections", "素材篮：收集素材、镜头与文字，排序、备注、分享与导出 / collections of assets, shots and texts")
    {
        Simple("create", "新建素材篮 / create a collection", [], (s, p, name, who, _, ct) => Done(s.GetRequiredService<EditCollections>().CreateAsync(name, who, CliContext.Waiting, ct), $"已新建素材篮 {name}（所有者 {who}）")),
        Rename(),
        Add(),
        ItemEdit("remove", "移除条目 / remove an item", null, (s, name, who, item, _, ct) => s.GetRequiredService<EditCollections>().RemoveAsync(name, who, item, CliContext.Waiting, ct), "已移除"),
        ItemEdit("move", "移动条目到第 N 位 / move an item to place N", new Option<int>("--to") { Description = "新位置（从 1 开始）/ the new place, from 1", Required = true }, (s, name, who, item, value, ct) => s.GetRequiredService<EditCollections>().MoveAsync(name, who, item, (int)value!, CliContext.Waiting, ct), "已移动"),
        ItemEdit("note", "给条目写备注（空字符串清除）/ set an item's note (empty clears it)", new Option<string>("--text") { Description = "备注 / the note", Required = true }, (s, name, who, item, value, ct) => s.GetRequiredService<EditCollections>().NoteAsync(name, who, item, (string?)value, CliContext.Waiting, ct), "已更新备注"),
        Share(),
        Link(),
        Open(),
        List(),
        Simple("show", "查看素材篮 / show a collection", [], async (s, p, name, who, _, ct) =>
        {
            Print(await s.GetRequiredService<CollectionQueries>().ShowAsync(name, who, ct));
            return 0;
        }),
        Export(),
    };

    private static Option<string> As() => new("--as") { Description = "以哪位用户操作 / who you are (the owner or someone it is shared with)", Required = true };

    private static Argument<string> NameArgument() => new("name") { Description = "素材篮名称 / the collection's name" };

    private static Command Simple(string verb, string description, Symbol[] extra, Func<IServiceProvider, ParseResult, string, string, Symbol[], CancellationToken, Task<int>> run)
    {
        var name = NameArgument();
        var who = As();
        var command = new Command(verb, description) { name, who };
        foreach (var symbol in extra)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            return await run(services, parse, parse.GetValue(name)!, parse.GetValue(who)!, extra, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Done(Task work, string message)
    {
        await work;
        AnsiConsole.MarkupLine($"[green]{ReusePrinter.Safe(message)}[/]");
        return 0;
    }

    private static Command Rename()
    {
        var newName = new Argument<string>("new-name") { Description = "新名称 / the new name" };
        return Simple("rename", "重命名（仅所有者）/ rename (owner only)", [newName], (s, p, name, who, _, ct) =>
            Done(s.GetRequiredService<EditCollections>().RenameAsync(name, p.GetValue(newName)!, who, CliContext.Waiting, ct), $"已重命名为 {p.GetValue(newName)}"));
    }

    private static Command Add()
    {
        var key = new Argument<string?>("key") { Description = "资产对象键（加文字条目时省略）/ the asset's key (leave out with --text)", Arity = ArgumentArity.ZeroOrOne };
        var shot = new Option<int?>("--shot") { Description = "镜头序号（从 0 开始），带上镜头的时间段 / a shot index (from 0): adds the shot with its time range" };
        var text = new Option<string?>("--text") { Description = "加一条文字条目 / add a text item instead of an asset" };
        var note = new Option<string?>("--note") { Description = "条目备注 / a note on the item" };
        return Simple("add", "加入素材、镜头或文字 / add an asset, a shot or a text", [key, shot, text, note], async (s, p, name, who, _, ct) =>
        {
            var edit = s.GetRequiredService<EditCollections>();
            CollectionItem item;
            if (p.GetValue(text) is { } words)
            {
                if (p.GetValue(key) is not null || p.GetValue(shot) is not null)
                {
                    await Console.Error.WriteLineAsync("错误 (error): give an asset key (with --shot) or --text, not both");
                    return 2;
                }

                item = await edit.AddTextAsync(name, who, words, p.GetValue(note), CliContext.Waiting, ct);
            }
            else if (p.GetValue(key) is { Length: > 0 } assetKey)
            {
                item = await edit.AddAssetAsync(name, who, assetKey, p.GetValue(shot), p.GetValue(note), CliContext.Waiting, ct);
            }
            else
            {
                await Console.Error.WriteLineAsync("错误 (error): give an asset key (optionally with --shot N) or --text TEXT");
                return 2;
            }

            AnsiConsole.MarkupLine($"[green]已加入[/] {ReusePrinter.Safe(name)} 第 {item.Position.ToString(CultureInfo.InvariantCulture)} 项 (item {item.Id.ToString(CultureInfo.InvariantCulture)}): {ReusePrinter.Safe(Describe(item))}");
            return 0;
        });
    }

    private static Command ItemEdit(string verb, string description, Option? value, Func<IServiceProvider, string, string, long, object?, CancellationToken, Task> run, string message)
    {
        var item = new Argument<long>("item") { Description = "条目 id（见 collections show）/ the item id shown by `collections show`" };
        Symbol[] extra = value is null ? [item] : [item, value];
        return Simple(verb, description, extra, (s, p, name, who, _, ct) =>
        {
            object? given = value switch
            {
                Option<int> position => p.GetValue(position),
                Option<string> text => p.GetValue(text),
                _ => null,
            };
            return Done(run(s, name, who, p.GetValue(item), given, ct), $"{message}（{name} 条目 {p.GetValue(item).ToString(CultureInfo.InvariantCulture)}）");
        });
    }

    private static Command Share()
    {
        var with = new Option<string>("--with") { Description = "分享给谁 / the person to share with", Required = true };
        var access = new Option<string>("--access") { Description = "read（只读）| edit（可编辑）| none（取消分享）", DefaultValueFactory = _ => "read" };
        return Simple("share", "分享给同事（仅所有者）/ share read-only or editable (owner only)", [with, access], async (s, p, name, who, _, ct) =>
        {
            CollectionAccess? level = p.GetValue(access)?.Trim().ToLowerInvariant() switch
            {
                "read" or "只读" => CollectionAccess.Read,
                "edit" or "可编辑" => CollectionAccess.Edit,
                "none" or "取消" => null,
                var other => throw new ArgumentException($"--access '{other}' is not read, edit or none"),
            };
            await s.GetRequiredService<EditCollections>().ShareAsync(name, who, p.GetValue(with)!, level, CliContext.Waiting, ct);
            AnsiConsole.MarkupLine(level is null
                ? $"[green]已取消分享[/] {ReusePrinter.Safe(name)} → {ReusePrinter.Safe(p.GetValue(with))}"
                : $"[green]已分享[/] {ReusePrinter.Safe(name)} → {ReusePrinter.Safe(p.GetValue(with))}（{(level == CollectionAccess.Edit ? "可编辑 (edit)" : "只读 (read)")}）");
            return 0;
        });
    }

    private static Command Link()
    {
        var expires = new Option<string>("--expires") { Description = "有效期，如 7d、12h、30m / how long the link works, e.g. 7d, 12h, 30m", DefaultValueFactory = _ => "7d" };
        return Simple("link", "生成只读分享链接（令牌）/ make a read-only share link token (owner only)", [expires], async (s, p, name, who, _, ct) =>
        {
            var lifetime = ParseLifetime(p.GetValue(expires)!);
            var (token, at) = await s.GetRequiredService<EditCollections>().CreateLinkAsync(name, who, lifetime, CliContext.Waiting, ct);
            Console.WriteLine(token);
            await Console.Error.WriteLineAsync($"分享令牌有效至 {at:yyyy-MM-dd HH:mm} UTC；用 `assetbank collections open TOKEN` 查看 (the token is shown only now)");
            return 0;
        });
    }

    private static Command Open()
    {
        var token = new Argument<string>("token") { Description = "分享令牌 / the share link's token" };
        var command = new Command("open", "用分享令牌只读查看 / view a collection through a share link, read-only") { token };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            Print(await services.GetRequiredService<CollectionQueries>().OpenLinkAsync(parse.GetValue(token)!, cancellationToken));
            AnsiConsole.MarkupLine("[dim]（只读 / read-only link）[/]");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var who = As();
        var command = new Command("list", "我的与分享给我的素材篮 / collections you own or that are shared with you") { who };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var person = parse.GetValue(who)!;
            var list = await services.GetRequiredService<CollectionQueries>().ListAsync(person, cancellationToken);
            if (list.Count == 0)
            {
                AnsiConsole.MarkupLine("（没有素材篮 / no collections）");
                return 0;
            }

            var table = new Table().AddColumn("素材篮 (collection)").AddColumn("所有者").AddColumn(new TableColumn("条目").RightAligned()).AddColumn("分享").AddColumn("更新");
            foreach (var c in list)
            {
                table.AddRow(
                    ReusePrinter.Safe(c.Name),
                    ReusePrinter.Safe(c.Owner),
                    c.ItemCount.ToString(CultureInfo.InvariantCulture),
                    ReusePrinter.Safe(c.Shares.Count == 0 ? "—" : string.Join(", ", c.Shares.Select(s => $"{s.UserName}({s.Access.ToString().ToLowerInvariant()})"))),
                    c.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var zip = new Option<string?>("--zip") { Description = "导出 zip：剪好的镜头、关键帧、素材与 collection.md / write a zip of cut shots, keyframes, assets and a markdown sheet" };
        var csv = new Option<string?>("--csv") { Description = "导出 CSV（- 为标准输出）/ write a CSV of the items (- for stdout)" };
        return Simple("export", "导出素材篮 / export a collection", [zip, csv], async (s, p, name, who, _, ct) =>
        {
            if (p.GetValue(zip) is null && p.GetValue(csv) is null)
            {
                await Console.Error.WriteLineAsync("错误 (error): give --zip PATH and/or --csv PATH");
                return 2;
            }

            var export = s.GetRequiredService<ExportCollections>();
            if (p.GetValue(csv) is { } csvPath)
            {
                if (csvPath == "-")
                {
                    await export.CsvAsync(name, who, Console.Out, ct);
                }
                else
                {
                    await using var writer = new StreamWriter(csvPath, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    var rows = await export.CsvAsync(name, who, writer, ct);
                    await Console.Error.WriteLineAsync($"已写出 {rows} 行 → {csvPath}");
                }
            }

            if (p.GetValue(zip) is { } zipPath)
            {
                var progress = new SyncProgress<CollectionExportProgress>(e => Console.Error.WriteLine($"[{e.Done}/{e.Total}] {TerminalText.Escape(e.Item)}"));
                var report = await export.ZipAsync(name, who, zipPath, progress, ct);
                await Console.Error.WriteLineAsync($"已导出 {report.Items} 项、{report.Files} 个文件，{report.Bytes / 1024.0 / 1024.0:0.0} MB → {report.Path}");
                foreach (var problem in report.Problems)
                {
                    await Console.Error.WriteLineAsync($"  未导出 (not exported): {TerminalText.Escape(problem)}");
                }
            }

            return 0;
        });
    }

    internal static TimeSpan ParseLifetime(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Length >= 2 && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            switch (trimmed[^1])
            {
                case 'd': return TimeSpan.FromDays(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
                case 's': return TimeSpan.FromSeconds(amount);
            }
        }

        throw new ArgumentException($"--expires '{text}' is not a duration like 7d, 12h or 30m");
    }

    private static void Print(CollectionState collection)
    {
        AnsiConsole.MarkupLine($"[bold]{ReusePrinter.Safe(collection.Name)}[/] · 所有者 {ReusePrinter.Safe(collection.Owner)} · {collection.Items.Count.ToString(CultureInfo.InvariantCulture)} 项" +
            (collection.Shares.Count == 0 ? string.Empty : " · 分享 " + ReusePrinter.Safe(string.Join(", ", collection.Shares.Select(s => $"{s.UserName}({s.Access.ToString().ToLowerInvariant()})")))));
        if (collection.Items.Count == 0)
        {
            AnsiConsole.MarkupLine("（空 / empty）");
            return;
        }

        var table = new Table().AddColumn("#").AddColumn("id").AddColumn("条目 (item)").AddColumn("时间码").AddColumn("备注 (note)").AddColumn("加入");
        foreach (var item in collection.Items)
        {
            table.AddRow(
                item.Position.ToString(CultureInfo.InvariantCulture),
                item.Id.ToString(CultureInfo.InvariantCulture),
                ReusePrinter.Safe(Describe(item)),
                ReusePrinter.Safe(TimeCodes.Range(item.StartSeconds, item.EndSeconds) ?? "—"),
                ReusePrinter.Safe(item.Note ?? "—"),
                ReusePrinter.Safe($"{item.AddedBy} {item.AddedAt:yyyy-MM-dd}"));
        }

        AnsiConsole.Write(table);
    }

    private static string Describe(CollectionItem item) => item.Kind switch
    {
        CollectionItemKind.Text => "文字: " + item.Text,
        CollectionItemKind.Shot => string.Create(CultureInfo.InvariantCulture, $"{item.AssetKey} 镜头 {item.ShotIndex}"),
        _ => item.AssetKey ?? string.Empty,
    };
}
