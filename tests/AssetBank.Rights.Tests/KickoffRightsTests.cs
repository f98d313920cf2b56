using AssetBank.Application.Reuse;
using AssetBank.Application.Rights;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;

namespace AssetBank.Rights.Tests;

/// <summary>At kickoff, candidates whose terms do not cover the brief are marked; confirming one needs leadership's override.</summary>
public sealed class KickoffRightsTests
{
    private const string Code = "NIGHT-2027";

    private const string Brief = """
        code: NIGHT-2027
        client: 安稚
        start: 2027-01-01
        end: 2027-03-31
        media: [抖音]
        territories: [中国大陆]
        target: { industry: 母婴, scenario: 夜醒, emotion: 焦虑, relationship: 新手爸爸 }
        lines:
          - { id: copy, kind: copy-piece, quantity: 3, description: 新手爸爸 半夜 哄娃 }
        """;

    [Fact]
    public async Task A_candidate_whose_terms_end_before_the_campaign_is_marked_with_what_is_missing()
    {
        await using var bank = await BankAsync();

        var report = await bank.Get<KickoffProject>().RunAsync(await BriefFileAsync(bank), "李策略", null, CancellationToken.None);

        var candidates = report.Lines.Single().Candidates.ToDictionary(c => c.Key);
        Assert.Equal(["copy/covered.txt", "copy/expired.txt", "copy/unrecorded.txt"], candidates.Keys.Order(StringComparer.Ordinal));
        var gap = Assert.Single(candidates["copy/expired.txt"].RightsGaps);
        Assert.Contains("抖音/中国大陆 授权至 2026-12-31 止", gap, StringComparison.Ordinal);
        Assert.Empty(candidates["copy/covered.txt"].RightsGaps);
        Assert.Empty(candidates["copy/unrecorded.txt"].RightsGaps);
        Assert.Equal(
            candidates["copy/covered.txt"].ProposedShare + candidates["copy/unrecorded.txt"].ProposedShare,
            report.Lines.Single().PotentialShare);
    }

    [Fact]
    public async Task Confirming_an_uncovered_candidate_is_refused_without_an_override_by_leadership_with_a_reason()
    {
        await using var bank = await BankAsync();
        await bank.Get<KickoffProject>().RunAsync(await BriefFileAsync(bank), "李策略", null, CancellationToken.None);
        var confirm = bank.Get<ConfirmReuse>();
        var request = new ConfirmReuseRequest(Code, "copy", "copy/expired.txt", null, null, null, null, "李策略");

        var refused = await Assert.ThrowsAsync<RequestRejectedException>(() => confirm.ConfirmAsync(request, null, CancellationToken.None));
        Assert.Contains("授权不覆盖", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--rights-approver", refused.Message, StringComparison.Ordinal);

        var strategist = await Assert.ThrowsAsync<RequestRejectedException>(() => confirm.ConfirmAsync(
            request with { RightsApprover = "李策略", RightsReason = "客户同意" }, null, CancellationToken.None));
        Assert.Contains("may not override", strategist.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestRejectedException>(() => confirm.ConfirmAsync(
            request with { RightsApprover = "张总" }, null, CancellationToken.None));

        var project = await bank.Get<IReuseLedger>().GetProjectAsync(Code, CancellationToken.None);
        Assert.Empty(project!.ActiveLinks);

        var change = await confirm.ConfirmAsync(request with { RightsApprover = "张总", RightsReason = "续约合同在途" }, null, CancellationToken.None);
        var entry = change.Entry;
        Assert.Equal(ReuseLedgerAction.Confirmed, entry.Action);
        Assert.Contains("张总", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("续约合同在途", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-12-31", entry.Reason, StringComparison.Ordinal);

        // The refusal without an approver and the override by leadership are what `rights blocked` counts for the month.
        var month = Assert.Single(await bank.Get<RightsReports>().BlockedByMonthAsync(1, CancellationToken.None));
        Assert.Equal(RightsBank.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), month.Month);
        Assert.Equal(1, month.Blocked);
        Assert.Equal(1, month.Overridden);
        Assert.Equal(["copy/expired.txt"], month.BlockedAssets);
    }

    [Fact]
    public async Task A_leadership_account_may_approve_reuse_despite_the_rights_and_a_producer_account_may_not()
    {
        await using var bank = await BankAsync();
        await bank.Get<KickoffProject>().RunAsync(await BriefFileAsync(bank), "李策略", null, CancellationToken.None);
        var users = bank.Get<AssetBank.Application.Accounts.ManageUsers>();
        await users.AddAsync(new AssetBank.Application.Accounts.NewUser("wang.lead", AssetBank.Core.Accounts.UserRole.Leadership, null, "a-long-password-1"), "test", CancellationToken.None);
        await users.AddAsync(new AssetBank.Application.Accounts.NewUser("chen.prod", AssetBank.Core.Accounts.UserRole.Producer, null, "a-long-password-2"), "test", CancellationToken.None);
        var request = new ConfirmReuseRequest(Code, "copy", "copy/expired.txt", null, null, null, null, "李策略") { RightsReason = "续约合同在途" };

        await Assert.ThrowsAsync<RequestRejectedException>(() => bank.Get<ConfirmReuse>().ConfirmAsync(request with { RightsApprover = "chen.prod" }, null, CancellationToken.None));
        var change = await bank.Get<ConfirmReuse>().ConfirmAsync(request with { RightsApprover = "wang.lead" }, null, CancellationToken.None);

        Assert.Contains("wang.lead", change.Entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_covered_candidate_is_confirmed_without_an_override()
    {
        await using var bank = await BankAsync();
        await bank.Get<KickoffProject>().RunAsync(await BriefFileAsync(bank), "李策略", null, CancellationToken.None);

        var change = await bank.Get<ConfirmReuse>().ConfirmAsync(new ConfirmReuseRequest(Code, "copy", "copy/covered.txt", null, null, null, null, "李策略"), null, CancellationToken.None);

        Assert.Equal(ReuseLedgerAction.Confirmed, change.Entry.Action);
        Assert.Null(change.Entry.Reason);
    }

    private static async Task<RightsBank> BankAsync()
    {
        var bank = await RightsBank.CreateAsync(
            ("copy/expired.txt", "母婴 新手爸爸 夜醒 焦虑：凌晨三点，宝宝第四次醒来，爸爸抱起她轻轻摇。"),
            ("copy/covered.txt", "母婴 新手爸爸 夜醒 焦虑：暖奶器亮着小灯，新手爸爸第一次独自完成夜奶。"),
            ("copy/unrecorded.txt", "母婴 新手爸爸 夜醒 焦虑：妈妈出差的第一晚，爸爸对着育儿书手忙脚乱。"));
        var set = bank.Get<SetRights>();
        await set.SetAsync(new SetRightsRequest("copy/expired.txt", new RightsGrantText(Media: "抖音、小红书", Territory: "中国大陆", End: "2026-12-31"), false, "王法务"), null, CancellationToken.None);
        await set.SetAsync(new SetRightsRequest("copy/covered.txt", new RightsGrantText(Media: "社交媒体", Territory: "大中华区", End: "2027-12-31"), false, "王法务"), null, CancellationToken.None);
        return bank;
    }

    private static async Task<string> BriefFileAsync(RightsBank bank)
    {
        var path = Path.Combine(bank.Root, "brief.yaml");
        await File.WriteAllTextAsync(path, Brief);
        return path;
    }
}
