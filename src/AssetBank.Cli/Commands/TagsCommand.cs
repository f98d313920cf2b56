using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Assets;
using AssetBank.Application.Tagging;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank tags show|add|remove KEY …</c>: see and correct an asset's tags; human edits always win.</summary>
internal static class TagsCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（含依据与镜头时间码）/ print JSON with evidence and shot time codes" };
        var show = new Command("show", "查看资产及其镜头的标签与依据 / show the effective tags of an asset and its parts, with the evidence") { key, json };
        show.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var queries = services.GetRequiredService<AssetQueries>();
            var tags = await queries.GetTagsAsync(parse.GetValue(key)!, cancellationToken);
            var asset = await queries.FindByKeyAsync(parse.GetValue(key)!, cancellationToken);
            var shots = asset is null ? [] : (await queries.GetDetailAsync(asset.Id, cancellationToken))?.Derived.Media?.Shots ?? [];
            if (parse.GetValue(json))
            {
                Console.WriteLine(TagsJson.Write(parse.GetValue(key)!, tags, shots));
                return 0;
            }

            if (tags is null)
            {
                AnsiConsole.MarkupLine("（尚无标签 / no tags yet）");
                return 0;
            }

            var table = new Table()
                .AddColumn("条目 (item)").AddColumn("维度").AddColumn("标签").AddColumn(new TableColumn("置信度").RightAligned()).AddColumn("来源").AddColumn("依据 (evidence)");
            foreach (var set in new[] { tags }.Concat(tags.Shots))
            {
                var item = TagEvidenceText.ShotIndex(set.ItemId) is { } index && shots.FirstOrDefault(s => s.Index == index) is { } shot
                    ? $"{set.ItemId} ({TagEvidenceText.TimeCode(shot)})"
                    : set.ItemId;
                foreach (var tag in set.Tags)
                {
                    table.AddRow(
                        Markup.Escape(TerminalText.Escape(item)),
                        TagDimensions.ToChinese(tag.Dimension),
                        Markup.Escape(tag.Label),
                        tag.Confidence.ToString("F2", CultureInfo.InvariantCulture),
                        tag.Source == TagSource.Human ? $"人工 ({Markup.Escape(tag.Tagger ?? string.Empty)})" : tag.Source.ToString().ToLowerInvariant(),
                        string.Join('\n', tag.Evidence.Select(e => Markup.Escape(TerminalText.Escape(TagEvidenceText.Describe(e, shots))))));
                }
            }

            AnsiConsole.Write(table);
            return 0;
        });

        return new Command("tags", "查看与人工修改标签 / see and correct tags")
        {
            show,
            EditCommand("add", HumanTagAction.Add, "人工添加标签 / add a tag (wins over machine tags)"),
            EditCommand("remove", HumanTagAction.Remove, "人工移除标签 / remove a tag (stays removed through re-tagging)"),
        };
    }

    private static Command EditCommand(string name, HumanTagAction action, string description)
    {
        var key = new Argument<string>("key") { Description = "资产对象键 / the asset's object key" };
        var dimension = new Option<string>("--dimension") { Description = "行业 | 场景 | 情绪 | 人物关系 (industry | scenario | emotion | relationship)", Required = true };
        var term = new Option<string>("--term") { Description = "词条标签、同义词或 id / term label, synonym or id", Required = true };
        var item = new Option<string?>("--item") { Description = "镜头或条目 id（默认资产本身），如 KEY#shot2 / a shot or part id" };
        var shot = new Option<int?>("--shot") { Description = "镜头序号（从 0 开始）/ a shot by its index, from 0" };
        var who = new Option<string>("--who") { Description = "修改人 / who decides", Required = true };
        var note = new Option<string?>("--note") { Description = "理由 / why" };
        var command = new Command(name, description) { key, dimension, term, item, shot, who, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TagDimensions.TryParse(parse.GetValue(dimension), out var parsedDimension))
            {
                await Console.Error.WriteLineAsync($"错误：未知维度 '{parse.GetValue(dimension)}'；可用：行业、场景、情绪、人物关系 (industry, scenario, emotion, relationship)");
                return 2;
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(who)))
            {
                await Console.Error.WriteLineAsync("错误：--who 不能为空 (say who decides)");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var request = new TagEditRequest(parse.GetValue(key)!, action, parsedDimension, parse.GetValue(term)!, parse.GetValue(item), parse.GetValue(who)!, parse.GetValue(note)) { ShotIndex = parse.GetValue(shot) };
            var edit = await services.GetRequiredService<EditTags>().ApplyAsync(request, CliContext.Waiting, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已{(action == HumanTagAction.Add ? "添加" : "移除")}[/] {Markup.Escape(TerminalText.Escape(edit.ItemId))} · {TagDimensions.ToChinese(parsedDimension)} · {Markup.Escape(edit.Label ?? edit.TermId)}（人工修改优先，重打标签后保留）");
            return 0;
        });
        return command;
    }
}
