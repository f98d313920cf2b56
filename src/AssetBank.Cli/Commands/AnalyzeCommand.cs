using System.CommandLine;
using System.Text;
using AssetBank.Analysis.Chinese;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>assetbank analyze [--mode index|query]</c>: the Chinese analyzer on standard input, like Elasticsearch's
/// <c>_analyze</c>. One line out per line in: the tokens as the original substrings, separated by single spaces.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var mode = new Option<string>("--mode") { Description = "index（含子词）| query（默认）/ index adds sub-words", DefaultValueFactory = _ => "query" };
        var userDictionary = new Option<string?>("--user-dictionary") { Description = "用户词典（每行：词 [词频]）/ extra words, one per line: word [freq]" };
        var command = new Command("analyze", "查看中文分词：标准输入逐行输出词元 / show how text is segmented (stdin → one line per line)") { mode, userDictionary };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(mode) switch
            {
                "index" => ChineseAnalyzerMode.Index,
                "query" => ChineseAnalyzerMode.Query,
                var other => (ChineseAnalyzerMode?)null,
            };
            if (chosen is null)
            {
                await Console.Error.WriteLineAsync($"错误：--mode '{parse.GetValue(mode)}' 只能是 index 或 query");
                return 2;
            }

            if (parse.GetValue(userDictionary) is { } path)
            {
                ChineseDictionary.Default.LoadUserDictionary(path);
            }

            using var analyzer = new ChineseAnalyzer(chosen.Value);
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            string? line;
            while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
            {
                await output.WriteLineAsync(Tokens(analyzer, line));
            }

            return 0;
        });
        return command;
    }

    internal static string Tokens(ChineseAnalyzer analyzer, string line)
    {
        var builder = new StringBuilder();
        using var stream = analyzer.GetTokenStream("text", line);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(line, offsets.StartOffset, offsets.EndOffset - offsets.StartOffset);
        }

        stream.End();
        return builder.ToString();
    }
}
