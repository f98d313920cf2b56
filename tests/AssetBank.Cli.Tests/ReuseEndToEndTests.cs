namespace AssetBank.Cli.Tests;

/// <summary>
/// The "done when", through the real program on the generated sample library: a 母婴/夜醒/焦虑/新手爸爸 brief gets
/// candidates including the baby TVC's shots, an override below the gate is recorded, a confirmation moves the project
/// across the gate, and <c>report reuse</c> exports CSV and XLSX. Needs ffmpeg and a CJK font, like the generator.
/// </summary>
public sealed class ReuseEndToEndTests : IDisposable
{
    private const string Tvc = "sample/videos/tvc_muying_night_dad.mp4";
    private const string Brief = """
        code: ANZHI-2026-NIGHT
        name: 安稚恒温暖奶器 2026 夜醒季
        client: 安稚
        team: 上海二组
        producer: 王小明
        strategist: 李策略
        start: 2026-07-01
        target:
          industry: 母婴
          scenario: 夜醒
          emotion: 焦虑
          relationship: 新手爸爸
        lines:
          - id: tvc
            kind: tvc-second
            quantity: 30
            description: 新手爸爸半夜哄娃
          - id: notes
            kind: xhs-note
            quantity: 10
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("assetbank-reuse-e2e-").FullName;

    [Fact]
    public async Task A_baby_care_brief_goes_from_kickoff_through_override_and_confirmation_to_the_reuse_report()
    {
        var data = Path.Combine(_root, "data");
        await PrepareLibraryAsync(data);
        var brief = Path.Combine(_root, "brief.yaml");
        await File.WriteAllTextAsync(brief, Brief);
        string[] approvers = ["--set", "Reuse:Approvers:0:Name=张总", "--set", "Reuse:Approvers:0:Role=leadership", "--set", "Reuse:Approvers:1:Name=李策略", "--set", "Reuse:Approvers:1:Role=strategist"];

        var kickoff = await Run(["kickoff", brief, "--data", data]);
        Assert.Contains(Tvc + " 镜头", kickoff, StringComparison.Ordinal);
        Assert.Contains("xhs_notes_muying.json", kickoff, StringComparison.Ordinal);
        Assert.Contains("行业:母婴", kickoff, StringComparison.Ordinal);
        Assert.Contains("未通过 (blocked)", kickoff, StringComparison.Ordinal);
        Assert.Contains("— → Blocked", kickoff, StringComparison.Ordinal);

        var shot = await Run(["reuse", "confirm", "ANZHI-2026-NIGHT", "tvc", Tvc, "--shot", "0", "--who", "李策略", "--data", data]);
        Assert.Contains("未通过 (blocked)", shot, StringComparison.Ordinal);

        var refused = await CliProcess.RunAsync(["project", "override", "ANZHI-2026-NIGHT", "--approver", "李策略", "--reason", "赶档期", "--data", data, .. approvers]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("a role that may not override", refused.Error, StringComparison.Ordinal);

        var overridden = await Run(["project", "override", "ANZHI-2026-NIGHT", "--approver", "张总", "--reason", "战略客户，档期不可延误", "--data", data, .. approvers]);
        Assert.Contains("Blocked → Overridden", overridden, StringComparison.Ordinal);

        var gone = await CliProcess.RunAsync("reuse", "confirm", "ANZHI-2026-NIGHT", "tvc", "sample/videos/nope.mp4", "--who", "李策略", "--data", data);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("no asset with this key", gone.Error, StringComparison.Ordinal);

        var whole = await Run(["reuse", "confirm", "ANZHI-2026-NIGHT", "notes", "sample/social/xhs_notes_muying.json", "--share", "100%", "--who", "李策略", "--data", data]);
        var passed = await Run(["reuse", "confirm", "ANZHI-2026-NIGHT", "tvc", Tvc, "--start", "00:03", "--end", "00:15", "--who", "李策略", "--data", data]);
        Assert.Contains("Overridden → Passed", passed, StringComparison.Ordinal);
        Assert.Contains("通过 (passed)", passed, StringComparison.Ordinal);

        var ledger = await Run(["project", "ledger", "ANZHI-2026-NIGHT", "--data", data]);
        Assert.Contains("张总 (leadership)", ledger, StringComparison.Ordinal);
        Assert.Contains("战略客户", ledger, StringComparison.Ordinal);

        var csv = Path.Combine(_root, "reuse.csv");
        var xlsx = Path.Combine(_root, "reuse.xlsx");
        var report = await Run(["report", "reuse", "--by", "client", "--csv", csv, "--xlsx", xlsx, "--data", data]);
        Assert.Contains("安稚", report, StringComparison.Ordinal);
        Assert.Contains(Tvc, report, StringComparison.Ordinal);
        var rows = await File.ReadAllLinesAsync(csv);
        Assert.StartsWith("安稚,1,270000,", rows[1], StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 1000);
        Assert.NotEmpty(whole);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Task<string> Run(string[] arguments) => SampleBank.Run(arguments);

    private Task PrepareLibraryAsync(string data) => SampleBank.PrepareAsync(_root, data);
}
