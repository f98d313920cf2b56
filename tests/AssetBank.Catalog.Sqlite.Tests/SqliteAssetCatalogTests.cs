using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Tests;

public sealed class SqliteCatalogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assetbank-catalog-tests", Guid.NewGuid().ToString("N"));
    private SqliteCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = new SqliteCatalog(Path.Combine(_folder, "catalog.db"));
        await _catalog.Maintenance.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _catalog.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Migrating_twice_keeps_the_data()
    {
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);

        await _catalog.Maintenance.InitializeAsync(CancellationToken.None);
        using var again = new SqliteCatalog(_catalog.Database.DatabasePath);
        await again.Maintenance.InitializeAsync(CancellationToken.None);

        Assert.NotNull(await again.Reader.FindByKeyAsync("a.txt", CancellationToken.None));
    }

    [Fact]
    public async Task Discovered_objects_are_pending_until_processed()
    {
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1"), Obj("b.txt", "e2")], T0, CancellationToken.None);

        var versions = await _catalog.Ledger.GetVersionsAsync(string.Empty, CancellationToken.None);

        Assert.Equal(2, versions.Count);
        Assert.All(versions.Values, v => Assert.Equal(AssetStatus.Pending, v.Status));
    }

    [Fact]
    public async Task Rediscovering_an_unchanged_object_keeps_it_processed()
    {
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);
        await _catalog.Ledger.SaveProcessedAsync(Processed("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);

        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0.AddHours(1), CancellationToken.None);

        var asset = await _catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        Assert.NotNull(asset);
        Assert.Equal(AssetStatus.Processed, asset.Status);
        Assert.Equal(T0.AddHours(1), asset.LastSeen);
    }

    [Fact]
    public async Task A_changed_etag_makes_a_processed_or_failed_asset_pending_again()
    {
        await _catalog.Ledger.SaveProcessedAsync(Processed("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.MarkFailedAsync("b.txt", "e1", "corrupt", T0, CancellationToken.None);

        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e2"), Obj("b.txt", "e2")], T0, CancellationToken.None);

        var a = await _catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        var b = await _catalog.Reader.FindByKeyAsync("b.txt", CancellationToken.None);
        Assert.Equal(AssetStatus.Pending, a!.Status);
        Assert.Equal("e2", a.ETag);
        Assert.Equal(AssetStatus.Pending, b!.Status);
        Assert.Null(b.FailureReason);
    }

    [Fact]
    public async Task Saving_keeps_one_row_per_key_with_its_id()
    {
        var first = await _catalog.Ledger.SaveProcessedAsync(Processed("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);
        var second = await _catalog.Ledger.SaveProcessedAsync(Processed("a.txt", "e2"), AssetDerivedData.None, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("e2", second.ETag);
        Assert.Single(await ToListAsync(_catalog.Reader.ListAsync(AssetFilter.All, CancellationToken.None)));
    }

    [Fact]
    public async Task Round_trips_every_asset_field()
    {
        var metadata = new AssetMetadata("贝贝乳业", "夜醒计划", "抖音", "王小明", new DateOnly(2025, 6, 18), true, "CC-BY", "VCG", "新手爸爸的夜晚");
        var saved = await _catalog.Ledger.SaveProcessedAsync(Processed("v/夜醒.mp4", "e1") with { Metadata = metadata, ExternalId = "legacy-42" }, AssetDerivedData.None, CancellationToken.None);

        var loaded = await _catalog.Reader.FindByIdAsync(saved.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(metadata, loaded.Metadata);
        Assert.Equal("legacy-42", loaded.ExternalId);
        Assert.Equal(AssetKind.Video, loaded.Kind);
        Assert.Equal(ContentFormat.Mp4, loaded.Format);
        Assert.Equal(new string('a', 64), loaded.ContentSha256);
    }

    [Fact]
    public async Task Deleted_assets_are_kept_and_come_back_when_the_object_reappears()
    {
        await _catalog.Ledger.SaveProcessedAsync(Processed("a.txt", "e1"), AssetDerivedData.None, CancellationToken.None);

        await _catalog.Ledger.MarkDeletedAsync(["a.txt"], T0, CancellationToken.None);
        var deleted = await _catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);
        var versions = await _catalog.Ledger.GetVersionsAsync(string.Empty, CancellationToken.None);
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("a.txt", "e1")], T0, CancellationToken.None);
        var back = await _catalog.Reader.FindByKeyAsync("a.txt", CancellationToken.None);

        Assert.Equal(AssetStatus.Deleted, deleted!.Status);
        Assert.Empty(versions);
        Assert.Equal(AssetStatus.Pending, back!.Status);
    }

    [Fact]
    public async Task Failures_are_recorded_with_their_reason()
    {
        await _catalog.Ledger.MarkFailedAsync("bad.mp4", "e9", "truncated MP4: moov atom not found", T0, CancellationToken.None);

        var asset = await _catalog.Reader.FindByKeyAsync("bad.mp4", CancellationToken.None);
        var summary = await _catalog.Reader.GetSummaryAsync(CancellationToken.None);

        Assert.Equal(AssetStatus.Failed, asset!.Status);
        Assert.Equal("truncated MP4: moov atom not found", asset.FailureReason);
        Assert.Equal(1, summary.Failed);
    }

    [Fact]
    public async Task Summarises_processed_assets_by_kind()
    {
        await _catalog.Ledger.SaveProcessedAsync(Processed("a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.SaveProcessedAsync(Processed("b.mp4", "e2"), AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.SaveProcessedAsync(Processed("c.txt", "e3") with { Kind = AssetKind.Copy }, AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("d.txt", "e4")], T0, CancellationToken.None);

        var summary = await _catalog.Reader.GetSummaryAsync(CancellationToken.None);

        Assert.Equal(2, summary.ProcessedByKind[AssetKind.Video]);
        Assert.Equal(1, summary.ProcessedByKind[AssetKind.Copy]);
        Assert.Equal(3, summary.Processed);
        Assert.Equal(1, summary.Pending);
        Assert.Equal(300, summary.ProcessedBytes);
    }

    [Fact]
    public async Task Lists_by_status_kind_and_prefix()
    {
        await _catalog.Ledger.SaveProcessedAsync(Processed("x/a.mp4", "e1"), AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.SaveProcessedAsync(Processed("y/b.mp4", "e2"), AssetDerivedData.None, CancellationToken.None);
        await _catalog.Ledger.MarkFailedAsync("x/c.mp4", "e3", "bad", T0, CancellationToken.None);

        var underX = await ToListAsync(_catalog.Reader.ListAsync(new AssetFilter(KeyPrefix: "x/"), CancellationToken.None));
        var processedVideos = await ToListAsync(_catalog.Reader.ListAsync(new AssetFilter(AssetStatus.Processed, AssetKind.Video), CancellationToken.None));

        Assert.Equal(["x/a.mp4", "x/c.mp4"], underX.Select(a => a.Key));
        Assert.Equal(["x/a.mp4", "y/b.mp4"], processedVideos.Select(a => a.Key));
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_the_path()
    {
        await using (var connection = new SqliteConnection($"Data Source={_catalog.Database.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            await command.ExecuteNonQueryAsync();
        }

        using var catalog = new SqliteCatalog(_catalog.Database.DatabasePath);
        var error = await Assert.ThrowsAsync<CatalogException>(() => catalog.Maintenance.InitializeAsync(CancellationToken.None));

        Assert.Contains(_catalog.Database.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    private static StoredObject Obj(string key, string etag) =>
        new(key, etag, 100, T0, "text/plain", StoredObject.NoMetadata);

    private static Asset Processed(string key, string etag) => new()
    {
        Key = key,
        ETag = etag,
        Size = 100,
        ContentSha256 = new string('a', 64),
        Kind = AssetKind.Video,
        Format = ContentFormat.Mp4,
        ContentType = "video/mp4",
        StoreLastModified = T0,
        LastSeen = T0,
    };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
