using System.Text;

namespace AssetBank.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Prints_exactly_one_line_of_original_substrings_per_input_line()
    {
        string[] lines = ["母婴—夜醒—焦虑—新手爸爸", string.Empty, "iPhone16 新品 618大促", "😀🎉 ！！！", "新手爸爸半夜哄娃"];

        var index = await AnalyzeAsync("index", lines);
        var query = await AnalyzeAsync("query", lines);

        Assert.Equal(lines.Length, index.Length);
        Assert.Equal(lines.Length, query.Length);
        Assert.Equal("母婴 夜醒 焦虑 新手爸爸 新手 爸爸", index[0]);
        Assert.Equal("母婴 夜醒 焦虑 新手爸爸", query[0]);
        Assert.Equal(string.Empty, query[1]);
        Assert.StartsWith("iPhone16", query[2], StringComparison.Ordinal);
        Assert.Contains("618 大促", query[2], StringComparison.Ordinal);
        Assert.All(query[4].Split(' '), token => Assert.Contains(token, lines[4], StringComparison.Ordinal));
    }

    private static async Task<string[]> AnalyzeAsync(string mode, string[] lines)
    {
        using var process = CliProcess.Start("analyze", "--mode", mode);
        await using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            foreach (var line in lines)
            {
                await stdin.WriteLineAsync(line);
            }
        }

        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n')[..^1];
    }
}
