using AssetBank.Core.Catalog;
using AssetBank.Core.Rights;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Rights per asset with their history, on every provider; a change is a change for search.</summary>
public abstract class RightsStoreContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Grants_round_trip_and_every_save_is_in_the_history_with_what_it_replaced()
    {
        var asset = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("v/夜醒.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        var stock = Grant("VCG") with { LicenceType = LicenceType.StockRightsManaged, LicenceId = "VCG-123", Media = ["online"], Territories = ["CN"], Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 12, 31), Documents = ["licence.pdf"] };
        var shot = Grant("演员") with { ShotIndex = 2, Restrictions = "不得用于酒类" };

        await Catalog.Rights.SaveAsync([new AssetRights(asset.Id, asset.Key, [stock])], "法务", T0, "cli", CancellationToken.None);
        await Catalog.Rights.SaveAsync([new AssetRights(asset.Id, asset.Key, [stock, shot])], "法务", T0.AddHours(1), "import:rights.csv", CancellationToken.None);

        var stored = await Catalog.Rights.GetAsync(asset.Id, CancellationToken.None);
        var history = await Catalog.Rights.GetHistoryAsync(asset.Id, CancellationToken.None);
        Assert.Equal(asset.Key, stored!.Key);
        Assert.Equal(2, stored.Grants.Count);
        Assert.Equal(Describe(stock), Describe(stored.Grants[0]));
        Assert.Equal(Describe(shot), Describe(stored.Grants[1]));
        Assert.Equal(2, history.Count);
        Assert.Empty(history[0].Before);
        Assert.Equal(("import:rights.csv", 1, 2), (history[1].Source, history[1].Before.Count, history[1].After.Count));
        Assert.True(history[0].Id < history[1].Id);
    }

    [SkippableFact]
    public async Task Saving_no_grants_clears_the_rights_and_keeps_the_history()
    {
        var asset = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Rights.SaveAsync([new AssetRights(asset.Id, asset.Key, [Grant("VCG")])], "法务", T0, "cli", CancellationToken.None);

        await Catalog.Rights.SaveAsync([new AssetRights(asset.Id, asset.Key, [])], "法务", T0, "cli", CancellationToken.None);

        Assert.Null(await Catalog.Rights.GetAsync(asset.Id, CancellationToken.None));
        Assert.Equal([1, 0], (await Catalog.Rights.GetHistoryAsync(asset.Id, CancellationToken.None)).Select(h => h.After.Count));
    }

    [SkippableFact]
    public async Task A_save_marks_each_asset_as_changed_for_search_and_the_list_is_in_key_order()
    {
        var b = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("b.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        var a = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        var c = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("c.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        var before = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);

        await Catalog.Rights.SaveAsync([new AssetRights(b.Id, b.Key, [Grant("x")]), new AssetRights(a.Id, a.Key, [Grant("y")])], "法务", T0, "cli", CancellationToken.None);

        var changes = await Catalog.Changes.GetChangesAsync(before, 10, CancellationToken.None);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), changes.AssetIds.Order());
        Assert.DoesNotContain(c.Id, changes.AssetIds);
        Assert.Equal(["a.mp4", "b.mp4"], (await ToListAsync(Catalog.Rights.ListAsync(CancellationToken.None))).Select(r => r.Key));
    }

    [SkippableFact]
    public async Task Concurrent_saves_of_one_asset_each_record_what_the_previous_left()
    {
        var asset = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);

        // Save i holds i + 1 grants: whatever order they commit in, each history entry's "before" is an earlier "after".
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Catalog.Rights.SaveAsync(
            [new AssetRights(asset.Id, asset.Key, Enumerable.Range(0, i + 1).Select(n => Grant($"h{n}")).ToList())], $"p{i}", T0, "cli", CancellationToken.None))));

        var history = await Catalog.Rights.GetHistoryAsync(asset.Id, CancellationToken.None);
        Assert.Equal(10, history.Count);
        Assert.Empty(history[0].Before);
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1].After.Count, history[i].Before.Count);
        }

        Assert.Equal(history[^1].After.Count, (await Catalog.Rights.GetAsync(asset.Id, CancellationToken.None))!.Grants.Count);
    }

    private static RightsGrant Grant(string holder) => new() { Holder = holder, LicenceType = LicenceType.Owned };

    private static string Describe(RightsGrant g) =>
        $"{g.ShotIndex}|{g.Holder}|{g.LicenceType}|{g.LicenceId}|{string.Join(",", g.Media)}|{string.Join(",", g.Territories)}|{g.Start}|{g.End}|{g.Exclusive}|{g.Restrictions}|{string.Join(",", g.Documents)}";
}
