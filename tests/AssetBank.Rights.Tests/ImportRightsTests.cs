using System.Text;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Rights;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Rights;

namespace AssetBank.Rights.Tests;

public sealed class ImportRightsTests
{
    private static readonly (string, string)[] Objects =
    [
        ("copy/a.txt", "母婴 夜醒 焦虑 新手爸爸 文案一"),
        ("copy/b.txt", "美妆 种草 闺蜜 文案二"),
        ("copy/c.txt", "汽车 家庭出游 文案三"),
    ];

    [Fact]
    public async Task One_bad_row_writes_nothing_and_every_bad_row_is_reported_by_row_and_field()
    {
        await using var bank = await RightsBank.CreateAsync(Objects);
        var file = await WriteAsync(bank, "bad.csv",
            "key,holder,licence_type,media,territory,start,end",
            "copy/a.txt,安稚,自有,抖音,中国大陆,2026-01-01,2026-12-31",
            "copy/b.txt,Getty,stock-rf,火星台,中国大陆,2026-01-01,2026-12-31",
            "copy/c.txt,视觉中国,RM,电视,月球,2026-05-01,2026年4月",
            "copy/missing.txt,安稚,自有,抖音,中国大陆,,");

        var report = await bank.Get<ImportRights>().ImportAsync(file, "王法务", null, CancellationToken.None);

        Assert.False(report.Applied);
        Assert.Equal(
            ["row 3 media", "row 4 territory", "row 4 end", "row 5 key"],
            report.Problems.Select(p => $"{p.Row} {p.Field}"));
        Assert.Null(await RightsOf(bank, "copy/a.txt"));
    }

    [Fact]
    public async Task Export_then_import_changes_nothing()
    {
        await using var bank = await RightsBank.CreateAsync(Objects);
        var file = await WriteAsync(bank, "rights.csv",
            "资产,镜头,权利人,授权类型,图库,授权编号,媒介,地域,开始日期,结束日期,独家,限制,合同",
            "copy/a.txt,,安稚,客户所有,,,全媒体,中国大陆,2026年1月1日,二〇二七年六月,否,\"不得用于竞品, 含子品牌\",contracts/a.pdf",
            "copy/b.txt,,Getty Images,stock-rf,Getty Images,GI-1,抖音、小红书,全球,2026.1.1,2026/12/31,是,,",
            "copy/b.txt,,视觉中国,RM,视觉中国,VCG-2,电视,港澳台,2026-03,,否,,");
        var first = await bank.Get<ImportRights>().ImportAsync(file, "王法务", null, CancellationToken.None);
        Assert.True(first.Applied, string.Join("; ", first.Problems));
        var before = await AllAsync(bank);

        var exported = Path.Combine(bank.Root, "export.csv");
        Assert.Equal(3, await bank.Get<ExportRights>().ExportAsync(exported, CancellationToken.None));
        var again = await bank.Get<ImportRights>().ImportAsync(exported, "王法务", null, CancellationToken.None);

        Assert.True(again.Applied, string.Join("; ", again.Problems));
        var after = await AllAsync(bank);
        Assert.Equivalent(before, after, strict: true);
        Assert.Equal(new DateOnly(2027, 6, 30), after.Single(a => a.Key == "copy/a.txt").Grants.Single().End);
        Assert.Equal("不得用于竞品, 含子品牌", after.Single(a => a.Key == "copy/a.txt").Grants.Single().Restrictions);
    }

    [Fact]
    public async Task Overlapping_terms_that_disagree_are_kept_and_warned_about()
    {
        await using var bank = await RightsBank.CreateAsync(Objects);
        var file = await WriteAsync(bank, "overlap.csv",
            "key,holder,licence_type,media,territory,start,end,exclusive",
            "copy/a.txt,安稚,client-owned,社交媒体,中国大陆,2026-01-01,2026-12-31,yes",
            "copy/a.txt,达人工作室,talent-release,抖音,全球,2026-06-01,2027-06-30,no");

        var report = await bank.Get<ImportRights>().ImportAsync(file, "王法务", null, CancellationToken.None);

        Assert.True(report.Applied);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("row 3", warning.Row);
        Assert.Equal("holder,licence_type,exclusive", warning.Field);
        Assert.Equal(2, (await RightsOf(bank, "copy/a.txt"))!.Grants.Count);
    }

    [Fact]
    public async Task Every_edit_keeps_who_when_and_the_terms_before_and_after()
    {
        await using var bank = await RightsBank.CreateAsync(Objects);
        var set = bank.Get<SetRights>();
        await set.SetAsync(new SetRightsRequest("copy/a.txt", new RightsGrantText(Holder: "安稚", Media: "抖音", Territory: "中国大陆", End: "2026-12-31"), false, "王法务"), null, CancellationToken.None);
        bank.Clock.Now = bank.Clock.Now.AddDays(1);
        await set.SetAsync(new SetRightsRequest("copy/a.txt", new RightsGrantText(Holder: "安稚", Media: "抖音", Territory: "中国大陆", End: "2027-12-31"), false, "李法务"), null, CancellationToken.None);

        var history = (await bank.Get<RightsQueries>().ShowAsync("copy/a.txt", CancellationToken.None)).History;

        Assert.Equal(["王法务", "李法务"], history.Select(h => h.Who));
        Assert.Equal(bank.Clock.Now, history[1].At);
        Assert.Empty(history[0].Before);
        Assert.Equal(new DateOnly(2026, 12, 31), history[1].Before.Single().End);
        Assert.Equal(new DateOnly(2027, 12, 31), history[1].After.Single().End);
        Assert.All(history, h => Assert.Equal("set", h.Source));
    }

    [Fact]
    public async Task Rights_on_a_deleted_asset_are_refused()
    {
        await using var bank = await RightsBank.CreateAsync(Objects);
        File.Delete(Path.Combine(bank.Root, "store", "copy", "c.txt"));
        await bank.Get<IngestAssets>().RunAsync(IngestionRequest.Everything, null, null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RequestRejectedException>(() => bank.Get<SetRights>().SetAsync(
            new SetRightsRequest("copy/c.txt", new RightsGrantText(Holder: "安稚", Media: "抖音", Territory: "中国大陆"), false, "王法务"), null, CancellationToken.None));
        Assert.Contains("deleted", refused.Message, StringComparison.Ordinal);

        var file = await WriteAsync(bank, "deleted.csv", "key,media,territory", "copy/c.txt,抖音,中国大陆");
        var report = await bank.Get<ImportRights>().ImportAsync(file, "王法务", null, CancellationToken.None);
        Assert.Equal("row 2 key", $"{report.Problems.Single().Row} {report.Problems.Single().Field}");
    }

    private static async Task<string> WriteAsync(RightsBank bank, string name, params string[] lines)
    {
        var path = Path.Combine(bank.Root, name);
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", new UTF8Encoding(true));
        return path;
    }

    private static async Task<AssetRights?> RightsOf(RightsBank bank, string key)
    {
        var asset = await bank.Get<IAssetReader>().FindByKeyAsync(key, CancellationToken.None);
        return await bank.Get<IRightsStore>().GetAsync(asset!.Id, CancellationToken.None);
    }

    private static async Task<List<AssetRights>> AllAsync(RightsBank bank)
    {
        var all = new List<AssetRights>();
        await foreach (var rights in bank.Get<IRightsStore>().ListAsync(CancellationToken.None))
        {
            all.Add(rights);
        }

        return all;
    }
}
