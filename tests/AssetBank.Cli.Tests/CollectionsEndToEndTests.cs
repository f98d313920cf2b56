using System.IO.Compression;

namespace AssetBank.Cli.Tests;

/// <summary>
/// The "done when" for collections, through the real program on the generated sample library: a collection of
/// the baby TVC's shots, two notes and the brief is built, shared, linked, exported (the zip holds the cut shots and
/// keyframes) and fed into a kickoff; the damaged TVC shows up as processed with warnings.
/// </summary>
public sealed class CollectionsEndToEndTests : IDisposable
{
    private const string Tvc = "sample/videos/tvc_muying_night_dad.mp4";
    private const string BriefCopy = "sample/copy/muying_brief.txt";
    private readonly string _root = Directory.CreateTempSubdirectory("assetbank-collections-e2e-").FullName;

    [Fact]
    public async Task A_collection_of_the_baby_tvc_is_built_shared_exported_and_fed_into_a_kickoff()
    {
        var data = Path.Combine(_root, "data");
        await SampleBank.PrepareAsync(_root, data);
        string[] owner = ["--as", "李策略", "--data", data];

        await SampleBank.Run(["collections", "create", "夜醒候选", .. owner]);
        await SampleBank.Run(["collections", "add", "夜醒候选", Tvc, "--shot", "0", "--note", "开场：爸爸抱娃", .. owner]);
        await SampleBank.Run(["collections", "add", "夜醒候选", Tvc, "--shot", "1", .. owner]);
        await SampleBank.Run(["collections", "add", "夜醒候选", "--text", "爸爸的黑眼圈特写", .. owner]);
        await SampleBank.Run(["collections", "add", "夜醒候选", "--text", "口播：凌晨三点，你不是一个人", .. owner]);
        await SampleBank.Run(["collections", "add", "夜醒候选", BriefCopy, .. owner]);

        var noShot = await CliProcess.RunAsync(["collections", "add", "夜醒候选", Tvc, "--shot", "99", .. owner]);
        Assert.Equal(1, noShot.ExitCode);
        Assert.Contains("no shot 99", noShot.Error, StringComparison.Ordinal);
        var broken = await CliProcess.RunAsync(["collections", "add", "夜醒候选", "sample/bad/empty.mp4", .. owner]);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("failed to process", broken.Error, StringComparison.Ordinal);

        var shown = await SampleBank.Run(["collections", "show", "夜醒候选", .. owner]);
        Assert.Contains("镜头 0", shown, StringComparison.Ordinal);
        Assert.Contains("开场：爸爸抱娃", shown, StringComparison.Ordinal);
        Assert.Contains("黑眼圈", shown, StringComparison.Ordinal);

        await SampleBank.Run(["collections", "share", "夜醒候选", "--with", "王创意", "--access", "read", .. owner]);
        var readOnly = await CliProcess.RunAsync("collections", "add", "夜醒候选", "--text", "想法", "--as", "王创意", "--data", data);
        Assert.Equal(1, readOnly.ExitCode);
        Assert.Contains("read-only", readOnly.Error, StringComparison.Ordinal);
        Assert.Contains("夜醒候选", await SampleBank.Run("collections", "list", "--as", "王创意", "--data", data), StringComparison.Ordinal);

        var token = (await SampleBank.Run(["collections", "link", "夜醒候选", "--expires", "7d", .. owner])).Trim();
        Assert.Contains("夜醒候选", await SampleBank.Run("collections", "open", token, "--data", data), StringComparison.Ordinal);
        var wrong = await CliProcess.RunAsync("collections", "open", "not-a-token", "--data", data);
        Assert.Equal(1, wrong.ExitCode);

        var zipPath = Path.Combine(_root, "夜醒候选.zip");
        var (exportCode, _, exportLog) = await CliProcess.RunAsync("collections", "export", "夜醒候选", "--zip", zipPath, "--as", "王创意", "--data", data);
        Assert.True(exportCode == 0, exportLog);
        Assert.Contains("[5/5]", exportLog, StringComparison.Ordinal);
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("0001-tvc_muying_night_dad-shot0.mp4", names);
            Assert.Contains("0001-tvc_muying_night_dad-shot0.jpg", names);
            Assert.Contains("0002-tvc_muying_night_dad-shot1.mp4", names);
            Assert.Contains("0005-muying_brief.txt", names);
            Assert.Contains("collection.md", names);
            Assert.True(zip.GetEntry("0001-tvc_muying_night_dad-shot0.mp4")!.Length > 1000);
        }

        var brief = Path.Combine(_root, "brief.yaml");
        await File.WriteAllTextAsync(brief, """
            code: ANZHI-2026-COLLECT
            client: 安稚
            strategist: 李策略
            target: { industry: 母婴, scenario: 夜醒, emotion: 焦虑, relationship: 新手爸爸 }
            lines:
              - { id: tvc, kind: tvc-second, quantity: 30, description: 新手爸爸半夜哄娃 }
            """);
        var kickoff = await SampleBank.Run("kickoff", brief, "--from-collection", "夜醒候选", "--data", data);
        Assert.Contains("素材篮 夜醒候选", kickoff, StringComparison.Ordinal);
        Assert.Contains(Tvc + " 镜头 1", kickoff, StringComparison.Ordinal);

        var status = await SampleBank.Run("status", "--warnings", "--data", data);
        Assert.Contains("带警告入库", status, StringComparison.Ordinal);
        Assert.Contains("sample/bad/truncated_tvc.mp4", status, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
