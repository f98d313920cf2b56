namespace AssetBank.Cli.Tests;

/// <summary>The CLI edges of the everyday workflow, on small banks made for each test.</summary>
public sealed class WorkflowEdgesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("assetbank-workflow-e2e-").FullName;

    [Fact]
    public async Task Read_only_commands_refuse_where_there_is_no_bank_and_writers_say_they_create_one()
    {
        var nowhere = Path.Combine(_root, "nowhere");
        foreach (var command in new[] { new[] { "status" }, ["search", "爸爸"], ["searches", "list"], ["collections", "list", "--as", "李策略"] })
        {
            var (code, _, error) = await CliProcess.RunAsync([.. command, "--data", nowhere]);
            Assert.True(code == 1, $"{string.Join(' ', command)} → {code}: {error}");
            Assert.Contains("no bank here", error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(nowhere, "catalog.db")));

        var file = Path.Combine(_root, "a.txt");
        await File.WriteAllTextAsync(file, "新手爸爸半夜冲奶粉。");
        var data = Path.Combine(_root, "data");
        var created = await CliProcess.RunAsync("upload", file, "--client", "安稚", "--data", data);
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains($"新建空资产库: {data}", created.Error, StringComparison.Ordinal);

        var opened = await CliProcess.RunAsync("status", "--data", data);
        Assert.Equal(0, opened.ExitCode);
        Assert.Contains($"资产库: {data}", opened.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("新建空资产库", opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_search_reports_new_items_after_a_folder_upload()
    {
        var data = Path.Combine(_root, "data");
        var first = Path.Combine(_root, "first.txt");
        await File.WriteAllTextAsync(first, "新手爸爸半夜冲奶粉，宝宝哭个不停。");
        await SampleBank.Run("upload", first, "--client", "安稚", "--project", "夜醒", "--data", data);
        await SampleBank.Run("searches", "save", "爸爸", "新手爸爸", "--client", "安稚", "--as", "李策略", "--data", data);
        var before = await SampleBank.Run("searches", "run", "爸爸", "--data", data);
        Assert.Contains("0 条新增", before, StringComparison.Ordinal);

        var delivery = Directory.CreateDirectory(Path.Combine(_root, "delivery", "copy")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(delivery, "copy", "second.txt"), "新手爸爸第一次给宝宝洗澡。");
        await File.WriteAllTextAsync(Path.Combine(delivery, "empty.txt"), string.Empty);
        var (code, output, error) = await CliProcess.RunAsync("upload", delivery, "--client", "安稚", "--project", "夜醒", "--title", "洗澡", "--description", "浴盆里的小黄鸭", "--licence", "自有", "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("已上传 安稚/夜醒/delivery/copy/second.txt", error, StringComparison.Ordinal);
        Assert.Contains("empty object", output, StringComparison.Ordinal);

        var after = await SampleBank.Run("searches", "run", "爸爸", "--data", data);
        Assert.Contains("1 条新增", after, StringComparison.Ordinal);
        var line = after.Split('\n').Single(l => l.Contains("新 (new)", StringComparison.Ordinal));
        Assert.Contains("安稚/夜醒/delivery/copy/second.txt", line, StringComparison.Ordinal);
        Assert.Contains("0 条新增", await SampleBank.Run("searches", "run", "爸爸", "--data", data), StringComparison.Ordinal);
        Assert.Contains("second.txt", await SampleBank.Run("search", "小黄鸭", "--data", data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_jsonl_file_twice_leaves_one_copy_of_each_item()
    {
        var data = Path.Combine(_root, "data");
        var file = Path.Combine(_root, "notes.jsonl");
        await File.WriteAllLinesAsync(file, [
            """{"id":"xhs-1","kind":"note","title":"夜醒","text":"新手爸爸半夜冲奶粉"}""",
            """{"id":"xhs-2","kind":"note","title":"洗澡","text":"宝宝第一次洗澡"}""",
        ]);
        await SampleBank.Run("import", "--format", "jsonl", file, "--data", data);
        await File.WriteAllLinesAsync(file, [
            """{"id":"xhs-1","kind":"note","title":"夜醒","text":"新手爸爸半夜换尿布"}""",
            """{"id":"xhs-2","kind":"note","title":"洗澡","text":"宝宝第一次洗澡"}""",
        ]);
        await SampleBank.Run("import", "--format", "jsonl", file, "--prefix", "other/", "--data", data);

        var status = await SampleBank.Run("status", "--data", data);
        Assert.Contains("合计", status, StringComparison.Ordinal);
        var hits = await SampleBank.Run("search", "宝宝", "--json", "--data", data);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(hits, "\"externalId\": \"xhs-2\""));
        Assert.Contains("换尿布", await SampleBank.Run("search", "换尿布", "--data", data), StringComparison.Ordinal);

        await File.AppendAllLinesAsync(file, ["""{"id":"xhs-1","text":"重复"}"""]);
        var duplicate = await CliProcess.RunAsync("import", "--format", "jsonl", file, "--data", data);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("'xhs-1' on lines 1, 3", duplicate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tags_add_refuses_a_missing_shot_an_unknown_term_and_an_empty_who()
    {
        var data = Path.Combine(_root, "data");
        var file = Path.Combine(_root, "copy.txt");
        await File.WriteAllTextAsync(file, "新手爸爸半夜冲奶粉。");
        await SampleBank.Run("upload", file, "--prefix", "copy", "--data", data);

        var who = await CliProcess.RunAsync("tags", "add", "copy/copy.txt", "--dimension", "人物关系", "--term", "新手爸爸", "--who", " ", "--data", data);
        Assert.Equal(2, who.ExitCode);
        Assert.Contains("--who", who.Error, StringComparison.Ordinal);

        var term = await CliProcess.RunAsync("tags", "add", "copy/copy.txt", "--dimension", "人物关系", "--term", "新手爸", "--who", "李策略", "--data", data);
        Assert.Equal(1, term.ExitCode);
        Assert.Contains("did you mean 新手爸爸", term.Error, StringComparison.Ordinal);

        var shot = await CliProcess.RunAsync("tags", "add", "copy/copy.txt", "--dimension", "人物关系", "--term", "新手爸爸", "--shot", "3", "--who", "李策略", "--data", data);
        Assert.Equal(1, shot.ExitCode);
        Assert.Contains("no shot 3", shot.Error, StringComparison.Ordinal);

        var asset = await CliProcess.RunAsync("tags", "add", "copy/none.txt", "--dimension", "人物关系", "--term", "新手爸爸", "--who", "李策略", "--data", data);
        Assert.Equal(1, asset.ExitCode);
        Assert.Contains("no such asset", asset.Error, StringComparison.Ordinal);

        await SampleBank.Run("tags", "add", "copy/copy.txt", "--dimension", "人物关系", "--term", "新手爸爸", "--who", "李策略", "--data", data);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
