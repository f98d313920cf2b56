using System.CommandLine;
using System.Globalization;
using AssetBank.Core.Tagging;
using AssetBank.Application.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank taxonomy check [FILE]</c> and <c>assetbank taxonomy show [--dimension D]</c>.</summary>
internal static class TaxonomyCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "要检查的分类表文件（默认为当前配置）/ taxonomy file (default: configured)", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", "校验分类表：重复、未知上级、循环 / validate a taxonomy file") { file };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file);
            IReadOnlyList<TaxonomyProblem> problems;
            string source;
            if (path is null)
            {
                await using var services = CliContext.BuildServices(parse);
                var taxonomy = services.GetRequiredService<TaxonomyQueries>().Current;
                AnsiConsole.MarkupLine($"[green]分类表有效[/] (valid): {Markup.Escape(taxonomy.Source)} · {taxonomy.Count} 个词条 · 版本 {taxonomy.Version[..12]}");
                return 0;
            }

            source = path;
            await using var fileServices = CliContext.BuildServices(parse);
            var queries = fileServices.GetRequiredService<TaxonomyQueries>();
            problems = queries.Check(path);
            if (problems.Count == 0)
            {
                var taxonomy = queries.Load(path);
                AnsiConsole.MarkupLine($"[green]分类表有效[/] (valid): {Markup.Escape(source)} · {taxonomy.Count} 个词条 · 版本 {taxonomy.Version[..12]}");
                return 0;
            }

            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString());
            }

            await Console.Error.WriteLineAsync($"分类表无效 (invalid): {problems.Count} 个问题");
            return 1;
        });

        var dimension = new Option<string?>("--dimension") { Description = "industry | scenario | emotion | relationship（或 行业/场景/情绪/人物关系）" };
        var show = new Command("show", "列出分类表词条 / list the taxonomy's terms") { dimension };
        show.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var taxonomy = services.GetRequiredService<TaxonomyQueries>().Current;
            var wanted = parse.GetValue(dimension);
            var table = new Table().AddColumn("维度").AddColumn("id").AddColumn("标签").AddColumn("English").AddColumn("上级").AddColumn("同义词");
            foreach (var d in TagDimensions.All.Where(d => wanted is null || Matches(d, wanted)))
            {
                foreach (var term in taxonomy.TermsOf(d))
                {
                    table.AddRow(
                        Markup.Escape(TagDimensions.ToChinese(d)),
                        Markup.Escape(term.Id),
                        Markup.Escape(term.Label),
                        Markup.Escape(term.EnglishLabel),
                        Markup.Escape(term.ParentId is { } p ? taxonomy.FindById(p)?.Label ?? p : string.Empty),
                        Markup.Escape(string.Join('、', term.Synonyms)));
                }
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{Markup.Escape(taxonomy.Source)} · {taxonomy.Count.ToString(CultureInfo.InvariantCulture)} 个词条 · 版本 {taxonomy.Version[..12]}");
            return 0;
        });

        return new Command("taxonomy", "四维分类表（行业×场景×情绪×人物关系）/ the four-dimension taxonomy") { check, show };
    }

    private static bool Matches(TagDimension dimension, string wanted) =>
        TagDimensions.TryParse(wanted, out var parsed) && parsed == dimension;
}
