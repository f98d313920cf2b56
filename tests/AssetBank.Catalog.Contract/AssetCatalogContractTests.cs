using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>The asset ledger and reader every catalog provider promises.</summary>
public abstract class AssetCatalogContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Migrating_twice_keeps_the_data()
    {
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);

        await Catalog.Maintenance.InitializeAsync(CancellationToken.None);
        await using var again = Catalog.OpenAgain();
        await again.Maintenance.InitializeAsync(CancellationToken.None);

        Assert.NotNull(await again.Reader.FindByKeyAsync("a.txt", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Discovered_objects_are_pending_until_processed()
    {
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1"), Obj("b.txt", "e2")], T0, CancellationToken.None);

        var versions = await Catalog.Ledger.GetVersionsAsync(string.Empty, CancellationToken.None);

        Assert.Equal(2, versions.Count);
        Assert.All(versions.Values, v => Assert.Equal(AssetStatus.Pending, v.Status));
    }

    [SkippableFact]
    public async Task Rediscovering_an_unchanged_object_keeps_it_processed()
    {
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);

        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0.AddHours(1), CancellationToken.None);

        var asset = await Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        Assert.NotNull(asset);
        Assert.Equal(AssetStatus.Processed, asset.Status);
        Assert.Equal(T0.AddHours(1), asset.LastSeen);
    }

    [SkippableFact]
    public async Task A_changed_etag_makes_a_processed_or_failed_asset_pending_again()
    {
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.MarkFailedAsync("b.txt", "e1", "corrupt", T0, CancellationToken.None);

        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e2"), Obj("b.txt", "e2")], T0, CancellationToken.None);

        var a = await Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        var b = await Catalog.Reader.FindByKeyAsync("b.txt", CancellationToken.None);
        Assert.Equal(AssetStatus.Pending, a!.Status);
        Assert.Equal("e2", a.ETag);
        Assert.Equal(AssetStatus.Pending, b!.Status);
        Assert.Null(b.FailureReason);
    }

    [SkippableFact]
    public async Task Saving_keeps_one_row_per_key_with_its_id()
    {
        var first = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);
        var second = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.txt", "e2"), AssetDerivedData.None, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("e2", second.ETag);
        Assert.Single(await ToListAsync(Catalog.Reader.ListAsync(AssetFilter.All, CancellationToken.None)));
    }

    [SkippableFact]
    public async Task Round_trips_every_asset_field()
    {
        var metadata = new AssetMetadata("贝贝乳业", "夜醒计划", "抖音", "王小明", new DateOnly(2025, 6, 18), true, "CC-BY", "VCG", "新手爸爸的夜晚", "凌晨三点");
        var saved = await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("v/夜醒.mp4", "e1") with { Metadata = metadata, ExternalId = "legacy-42" }, AssetDerivedData.None, CancellationToken.None);

        var loaded = await Catalog.Reader.FindByIdAsync(saved.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(metadata, loaded.Metadata);
        Assert.Equal("legacy-42", loaded.ExternalId);
        Assert.Equal(AssetKind.Video, loaded.Kind);
        Assert.Equal(ContentFormat.Mp4, loaded.Format);
        Assert.Equal(new string('a', 64), loaded.ContentSha256);
        Assert.Equal(T0, loaded.StoreLastModified);
    }

    [SkippableFact]
    public async Task Deleted_assets_are_kept_and_come_back_when_the_object_reappears()
    {
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);

        await Catalog.Ledger.MarkDeletedAsync(["a.txt"], T0, CancellationToken.None);
        var deleted = await Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        var versions = await Catalog.Ledger.GetVersionsAsync(string.Empty, CancellationToken.None);
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);
        var back = await Catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);

        Assert.Equal(AssetStatus.Deleted, deleted!.Status);
        Assert.Empty(versions);
        Assert.Equal(AssetStatus.Pending, back!.Status);
    }

    [SkippableFact]
    public async Task Failures_are_recorded_with_their_reason()
    {
        await Catalog.Ledger.MarkFailedAsync("bad.mp4", "e9", "truncated MP4: moov atom not found", T0, CancellationToken.None);

        var asset = await Catalog.Reader.FindByKeyAsync("bad.mp4", CancellationToken.None);
        var summary = await Catalog.Reader.GetSummaryAsync(CancellationToken.None);

        Assert.Equal(AssetStatus.Failed, asset!.Status);
        Assert.Equal("truncated MP4: moov atom not found", asset.FailureReason);
        Assert.Equal(1, summary.Failed);
    }

    [SkippableFact]
    public async Task Summarises_processed_assets_by_kind()
    {
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("b.mp4", "e2"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("c.txt", "e3") with { Kind = AssetKind.Copy }, AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("d.txt", "e4")], T0, CancellationToken.None);

        var summary = await Catalog.Reader.GetSummaryAsync(CancellationToken.None);

        Assert.Equal(2, summary.ProcessedByKind[AssetKind.Video]);
        Assert.Equal(1, summary.ProcessedByKind[AssetKind.Copy]);
        Assert.Equal(3, summary.Processed);
        Assert.Equal(1, summary.Pending);
        Assert.Equal(300, summary.ProcessedBytes);
    }

    [SkippableFact]
    public async Task Lists_by_status_kind_and_prefix_in_key_order()
    {
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("y/b.mp4", "e2"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("x/a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.SaveProcessedAsync(ProcessedVideo("x/B.mp4", "e4"), AssetDerivedData.None, CancellationToken.None);
        await Catalog.Ledger.MarkFailedAsync("x/c.mp4", "e3", "bad", T0, CancellationToken.None);

        var underX = await ToListAsync(Catalog.Reader.ListAsync(new AssetFilter(KeyPrefix: "x/"), CancellationToken.None));
        var processedVideos = await ToListAsync(Catalog.Reader.ListAsync(new AssetFilter(AssetStatus.Processed, AssetKind.Video), CancellationToken.None));

        // Ordinal order: upper case before lower case, whatever the database's locale.
        Assert.Equal(["x/B.mp4", "x/a.mp4", "x/c.mp4"], underX.Select(a => a.Key));
        Assert.Equal(["x/B.mp4", "x/a.mp4", "y/b.mp4"], processedVideos.Select(a => a.Key));
    }

    [SkippableFact]
    public async Task A_key_listed_twice_in_one_discovery_keeps_its_last_listing()
    {
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1"), Obj("a.txt", "e2")], T0, CancellationToken.None);

        Assert.Equal("e2", (await Catalog.Ledger.GetVersionAsync("a.txt", CancellationToken.None))!.ETag);
    }

    [SkippableFact]
    public async Task A_database_from_a_newer_build_is_refused_with_its_location()
    {
        await Catalog.StampSchemaVersionAsync(999);

        await using var catalog = Catalog.OpenAgain();
        var error = await Assert.ThrowsAsync<CatalogException>(() => catalog.Maintenance.InitializeAsync(CancellationToken.None));

        Assert.Contains(Catalog.Location, error.Message, StringComparison.Ordinal);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }
}
