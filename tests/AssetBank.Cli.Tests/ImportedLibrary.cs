using System.Text;

namespace AssetBank.Cli.Tests;

/// <summary>A data folder with a few imported social items, copy and KOL rows, built once through the real CLI.</summary>
public sealed class ImportedLibrary : IAsyncLifetime
{
    private static readonly string[] Lines =
    [
        """{"id":"xhs-001","kind":"note","channel":"小红书","title":"闺蜜口红试色","text":"和闺蜜一起试色三支口红，黄皮也能涂的豆沙色。"}""",
        """{"id":"xhs-002","kind":"note","channel":"小红书","title":"秋冬口红推荐","text":"秋冬口红推荐，显白不挑皮，学生党平价。"}""",
        """{"id":"dy-101","kind":"comment","channel":"抖音","title":"奶瓶评论区","text":"这个奶瓶真的防胀气吗？楼主回复：用了一个月宝宝不吐奶了。"}""",
        """{"id":"tvc-7-3","kind":"shot","title":"暖暖奶粉《夜里》镜头3","text":"画面：凌晨三点，爸爸抱着哭闹的宝宝在客厅踱步。字幕：第一次当爸爸。旁白：夜再长，也有人陪你。"}""",
        """{"id":"kol-55","kind":"kol_profile","channel":"小红书","title":"奶爸阿杰","text":"奶爸阿杰 小红书 粉丝 32万 母婴 育儿 带娃日常"}""",
        """{"id":"mystery-1","kind":"hologram","title":"未知类型的条目","text":"一条来源不明的口红文案。"}""",
    ];

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "assetbank-cli-search-" + Guid.NewGuid().ToString("N"));

    public string ImportError { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Data);
        var file = Path.Combine(Data, "..", Path.GetFileName(Data) + ".jsonl");
        await File.WriteAllLinesAsync(file, Lines, new UTF8Encoding(false));
        var (code, _, error) = await CliProcess.RunAsync("import", "--data", Data, "--format", "jsonl", file);
        File.Delete(file);
        ImportError = error;
        Assert.True(code == 0, error);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Data, recursive: true);
        return Task.CompletedTask;
    }
}
