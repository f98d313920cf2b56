using System.CommandLine;
using System.Text;
using AssetBank.Application.Searching;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>assetbank analyze [--mode index|query]</c>: the search analyzer on standard input, like Elasticsearch's
/// <c>_analyze</c>, with the same dictionary the index uses (taxonomy words and the user dictionary included). One line
/// out per line in: the tokens as the original substrings, separated by single spaces.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var mode = new Option<string>("--mode") { Description = "index（含子词）| query（默认）/ index adds sub-words", DefaultValueFactory = _ => "query" };
        var userDictionary = new Option<string?>("--user-dictionary") { Description = "用户词典（每行：词 [词频]），同 Search:UserDictionaryPath / extra words, one per line: word [freq]" };
        var command = new Command("analyze", "查看中文分词：标准输入逐行输出词元 / show how text is segmented (stdin → one line per line)") { mode, userDictionary };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(mode);
            if (chosen is not ("index" or "query"))
            {
                await Console.Error.WriteLineAsync($"错误：--mode '{chosen}' 只能是 index 或 query");
                return 2;
            }

            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(userDictionary) is { } path)
            {
                overrides["Search:UserDictionaryPath"] = Path.GetFullPath(path);
            }

            await using var services = CliContext.BuildServices(parse, overrides);
            var analyze = services.GetRequiredService<AnalyzeText>();
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            string? line;
            while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
            {
                await output.WriteLineAsync(string.Join(' ', analyze.Segment(line, queryMode: chosen == "query")));
            }

            return 0;
        });
        return command;
    }
}
