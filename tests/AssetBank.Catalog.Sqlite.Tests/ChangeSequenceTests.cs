using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Tests;

public sealed class ChangeSequenceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assetbank-sequence-tests", Guid.NewGuid().ToString("N"));
    private SqliteCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = new SqliteCatalog(Path.Combine(_folder, "catalog.db"));
        await _catalog.Maintenance.InitializeAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _catalog.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_commit_failure_deletion_and_tag_edit_gets_a_later_sequence_number()
    {
        var start = await _catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        var a = await _catalog.Ledger.SaveProcessedAsync(Asset("a.txt"), Derived("一段文案"), CancellationToken.None);
        var afterSave = await _catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await _catalog.TagEdits.AddHumanTagEditAsync(a.Id, new HumanTagEdit("a.txt", HumanTagAction.Add, TagDimension.Emotion, "emotion.warm", "李策略", T0), CancellationToken.None);
        var afterEdit = await _catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await _catalog.Ledger.MarkFailedAsync("a.txt", "e2", "broken", T0, CancellationToken.None);
        var afterFail = await _catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await _catalog.Ledger.MarkDeletedAsync(["a.txt"], T0, CancellationToken.None);
        var afterDelete = await _catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);

        Assert.True(start < afterSave && afterSave < afterEdit && afterEdit < afterFail && afterFail < afterDelete);
        var changes = await _catalog.Changes.GetChangesAsync(afterSave, 10, CancellationToken.None);
        Assert.Equal([a.Id], changes.AssetIds);
        Assert.Equal(afterDelete, changes.ThroughSequence);
        Assert.False(changes.More);
    }

    [Fact]
    public async Task Changes_come_oldest_first_in_batches_that_say_when_more_follow()
    {
        var ids = new List<long>();
        foreach (var key in new[] { "c.txt", "a.txt", "b.txt" })
        {
            ids.Add((await _catalog.Ledger.SaveProcessedAsync(Asset(key), Derived(key), CancellationToken.None)).Id);
        }

        var first = await _catalog.Changes.GetChangesAsync(0, 2, CancellationToken.None);
        var second = await _catalog.Changes.GetChangesAsync(first.ThroughSequence, 2, CancellationToken.None);

        Assert.Equal(ids[..2], first.AssetIds);
        Assert.True(first.More);
        Assert.Equal([ids[2]], second.AssetIds);
        Assert.False(second.More);
        Assert.Empty((await _catalog.Changes.GetChangesAsync(second.ThroughSequence, 2, CancellationToken.None)).AssetIds);
    }

    [Fact]
    public async Task A_deleted_or_failed_object_keeps_no_derived_text()
    {
        var deleted = await _catalog.Ledger.SaveProcessedAsync(Asset("secret.txt"), Derived("root:x:0:0"), CancellationToken.None);
        var failed = await _catalog.Ledger.SaveProcessedAsync(Asset("later-garbage.txt"), Derived("旧文案"), CancellationToken.None);

        await _catalog.Ledger.MarkDeletedAsync(["secret.txt"], T0, CancellationToken.None);
        await _catalog.Ledger.MarkFailedAsync("later-garbage.txt", "e9", "not text any more", T0, CancellationToken.None);

        Assert.Same(AssetDerivedData.None, await _catalog.Reader.GetDerivedAsync(deleted.Id, CancellationToken.None));
        Assert.Same(AssetDerivedData.None, await _catalog.Reader.GetDerivedAsync(failed.Id, CancellationToken.None));
        Assert.Empty(await _catalog.Reader.GetIndexableAsync([deleted.Id, failed.Id], CancellationToken.None));
    }

    [Fact]
    public async Task Unfinished_attempts_are_counted_per_version_and_reset_by_a_new_version_or_an_outcome()
    {
        await _catalog.Ledger.RecordDiscoveredAsync([Obj("x.pdf", "e1")], T0, CancellationToken.None);
        await _catalog.Ledger.RecordAttemptAsync("x.pdf", "copy", newAttempt: true, 100, CancellationToken.None);
        await _catalog.Ledger.RecordAttemptAsync("x.pdf", "extract", newAttempt: false, 300, CancellationToken.None);
        await _catalog.Ledger.RecordAttemptAsync("x.pdf", "copy", newAttempt: true, 200, CancellationToken.None);

        var version = await _catalog.Ledger.GetVersionAsync("x.pdf", CancellationToken.None);
        Assert.Equal(2, version!.Attempts);
        Assert.Equal("copy", version.LastStage);
        Assert.Equal(300, version.PeakMemoryBytes);

        await _catalog.Ledger.RecordDiscoveredAsync([Obj("x.pdf", "e2")], T0, CancellationToken.None);
        Assert.Equal(0, (await _catalog.Ledger.GetVersionAsync("x.pdf", CancellationToken.None))!.Attempts);
    }

    [Fact]
    public async Task A_rebuild_stream_names_an_asset_whose_stored_data_is_damaged_and_keeps_the_rest()
    {
        var good = await _catalog.Ledger.SaveProcessedAsync(Asset("good.txt"), Derived("好"), CancellationToken.None);
        var bad = await _catalog.Ledger.SaveProcessedAsync(Asset("bad.txt"), Derived("坏"), CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={_catalog.Database.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE asset_derived SET content_json = '{\"Title\": [1, 2' WHERE asset_id = $id;";
            command.Parameters.AddWithValue("$id", bad.Id);
            await command.ExecuteNonQueryAsync();
        }

        var damaged = new List<string>();
        var streamed = new List<long>();
        await foreach (var item in _catalog.Reader.StreamIndexableAsync((key, _) => damaged.Add(key), CancellationToken.None))
        {
            streamed.Add(item.Asset.Id);
        }

        Assert.Equal([good.Id], streamed);
        Assert.Equal(["bad.txt"], damaged);
        var check = await _catalog.Maintenance.CheckAsync(CancellationToken.None);
        Assert.Equal("bad.txt", Assert.Single(check.DamagedAssets).Key);
        Assert.Empty(check.DatabaseProblems);
        var error = await Assert.ThrowsAsync<CatalogException>(() => _catalog.Reader.GetDerivedAsync(bad.Id, CancellationToken.None));
        Assert.Contains("bad.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_with_damaged_pages_is_refused_at_open_and_named_by_the_check()
    {
        for (var i = 0; i < 200; i++)
        {
            await _catalog.Ledger.SaveProcessedAsync(Asset($"k/{i:D4}.txt"), Derived(new string('文', 400)), CancellationToken.None);
        }

        var path = _catalog.Database.DatabasePath;
        _catalog.Dispose();
        SqliteConnection.ClearAllPools();
        await using (var checkpoint = new SqliteConnection($"Data Source={path}"))
        {
            await checkpoint.OpenAsync();
            await using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            // Garbage over interior pages (not the header): SQLite still opens the file, the b-tree is broken.
            file.Seek(file.Length / 2, SeekOrigin.Begin);
            var noise = new byte[8192];
            new Random(7).NextBytes(noise);
            await file.WriteAsync(noise);
        }

        _catalog = new SqliteCatalog(path);
        var error = await Assert.ThrowsAsync<CatalogException>(() => _catalog.Maintenance.InitializeAsync(CancellationToken.None));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        var check = await _catalog.Maintenance.CheckAsync(CancellationToken.None);
        Assert.NotEmpty(check.DatabaseProblems);
    }

    private static StoredObject Obj(string key, string etag) => new(key, etag, 100, T0, "text/plain", StoredObject.NoMetadata);

    private static AssetDerivedData Derived(string text) =>
        new(null, new ExtractedContent { Title = text, Sections = [new TextSection("body", text)] }, null);

    private static Asset Asset(string key) => new()
    {
        Key = key,
        ETag = "e1",
        Size = 10,
        Kind = AssetKind.Copy,
        Format = ContentFormat.PlainText,
        StoreLastModified = T0,
        LastSeen = T0,
    };
}
