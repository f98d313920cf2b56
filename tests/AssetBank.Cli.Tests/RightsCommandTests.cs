using System.Globalization;
using System.Text;

namespace AssetBank.Cli.Tests;

/// <summary><c>rights import|export|expiring</c> and the rights override of <c>reuse confirm</c>, through the real program.</summary>
public sealed class RightsCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "assetbank-cli-rights-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Import_export_round_trips_and_a_bad_file_changes_nothing()
    {
        await IngestAsync();
        var today = DateTime.Today;
        var file = await WriteAsync("rights.csv",
            "资产,镜头,权利人,授权类型,媒介,地域,开始日期,结束日期,独家,限制",
            $"copy/a.txt,,安稚,客户所有,全媒体,中国大陆,2026年1月1日,{Day(today, 10)},否,\"不得用于竞品, 含子品牌\"",
            "copy/b.txt,,视觉中国,RM,电视、抖音,港澳台,二〇二五年一月,2025.12.31,是,",
            "copy/b.txt,,Getty,stock-rf,小红书,全球,2026/01/01,,否,");

        await RunAsync(0, "rights", "import", file, "--who", "王法务");
        var first = Path.Combine(_data, "export1.csv");
        var second = Path.Combine(_data, "export2.csv");
        await RunAsync(0, "rights", "export", first);
        await RunAsync(0, "rights", "import", first, "--who", "王法务");
        await RunAsync(0, "rights", "export", second);
        Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));
        Assert.Equal(4, (await File.ReadAllLinesAsync(first)).Length);

        var bad = await WriteAsync("bad.csv",
            "key,media,territory,start,end",
            "copy/a.txt,火星台,中国大陆,,",
            "copy/c.txt,抖音,中国大陆,2026-05-01,2026-04-30",
            "copy/nope.txt,抖音,中国大陆,,");
        var error = await RunAsync(1, "rights", "import", bad);
        Assert.Contains("row 2 media", error, StringComparison.Ordinal);
        Assert.Contains("row 3 end", error, StringComparison.Ordinal);
        Assert.Contains("row 4 key", error, StringComparison.Ordinal);
        await RunAsync(0, "rights", "export", second);
        Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));
    }

    [Fact]
    public async Task Expiring_lists_terms_ending_soon_and_expired_terms_in_active_projects_with_a_cron_exit_code()
    {
        await IngestAsync();
        var today = DateTime.Today;
        var file = await WriteAsync("rights.csv",
            "key,holder,licence_type,media,territory,start,end",
            $"copy/a.txt,安稚,client-owned,全媒体,中国大陆,2026-01-01,{Day(today, 10)}",
            $"copy/b.txt,达人 @小雨,KOL,抖音,中国大陆,2026-01-01,{Day(today, -5)}",
            "copy/c.txt,本公司,owned,全媒体,全球,,");
        await RunAsync(0, "rights", "import", file);
        var brief = await WriteAsync("brief.yaml",
            "code: RIGHTS-2026",
            "client: 安稚",
            $"end: {Day(today, 60)}",
            "lines:",
            "  - { id: copy, kind: copy-piece, quantity: 3 }");
        await RunAsync(0, "kickoff", brief, "--who", "李策略");

        var refused = await RunAsync(1, "reuse", "confirm", "RIGHTS-2026", "copy", "copy/b.txt", "--who", "李策略");
        Assert.Contains("授权不覆盖", refused, StringComparison.Ordinal);
        await RunAsync(0, "reuse", "confirm", "RIGHTS-2026", "copy", "copy/b.txt", "--who", "李策略", "--rights-approver", "张总", "--rights-reason", "续约中",
            "--set", "Reuse:Approvers:0:Name=张总", "--set", "Reuse:Approvers:0:Role=leadership");

        var (code, output, _) = await CliProcess.RunAsync("rights", "expiring", "--days", "30", "--data", _data);
        Assert.Equal(4, code);
        var sections = output.Split("近 30 天已过期且在用", StringSplitOptions.None);
        Assert.Contains("copy/a.txt", sections[0], StringComparison.Ordinal);
        Assert.DoesNotContain("copy/b.txt", sections[0], StringComparison.Ordinal);
        Assert.DoesNotContain("copy/c.txt", output, StringComparison.Ordinal);
        Assert.Contains("copy/b.txt", sections[1], StringComparison.Ordinal);
        Assert.Contains("RIGHTS-2026", sections[1], StringComparison.Ordinal);

        var (quiet, _, _) = await CliProcess.RunAsync("rights", "expiring", "--days", "3", "--data", _data);
        Assert.Equal(0, quiet);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned later.
        }
    }

    private static string Day(DateTime today, int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task IngestAsync()
    {
        foreach (var (name, text) in new[] { ("a", "母婴 新手爸爸 夜醒 文案"), ("b", "美妆 闺蜜 种草 文案"), ("c", "汽车 一家三口 出游 文案") })
        {
            var path = Path.Combine(_data, "store", "copy", name + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        await RunAsync(0, "ingest");
    }

    private async Task<string> WriteAsync(string name, params string[] lines)
    {
        var path = Path.Combine(_data, name);
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", new UTF8Encoding(true));
        return path;
    }

    private async Task<string> RunAsync(int expected, params string[] arguments)
    {
        var (code, output, error) = await CliProcess.RunAsync([.. arguments, "--data", _data]);
        Assert.True(code == expected, $"assetbank {string.Join(' ', arguments)} → {code}\n{output}\n{error}");
        return error;
    }
}
