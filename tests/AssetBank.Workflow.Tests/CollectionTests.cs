using System.IO.Compression;
using AssetBank.Application.Collections;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Workflow.Tests;

public sealed class CollectionTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Video = "clients/anzhi/tvc.mp4";
    private const string Notes = "clients/anzhi/notes.md";
    private WorkflowBank _bank = null!;

    public async Task InitializeAsync()
    {
        _bank = WorkflowBank.Create();
        var video = await _bank.PutAndIngestAsync(Video, await WorkflowBank.ThreeShotVideoAsync());
        Assert.Equal(1, video.Processed);
        var notes = await _bank.PutAndIngestAsync(Notes, "# 夜醒笔记\n\n新手爸爸半夜哄娃。\n"u8.ToArray());
        Assert.Equal(1, notes.Processed);
    }

    public async Task DisposeAsync() => await _bank.DisposeAsync();

    [Fact]
    public async Task Shots_carry_their_time_range_and_items_keep_their_order_and_notes()
    {
        var edit = _bank.Get<EditCollections>();
        await edit.CreateAsync("夜醒", "李策略", null, default);
        var shot = await edit.AddAssetAsync("夜醒", "李策略", Video, 1, "开场", null, default);
        var notes = await edit.AddAssetAsync("夜醒", "李策略", Notes, null, null, null, default);
        var text = await edit.AddTextAsync("夜醒", "李策略", "爸爸的黑眼圈特写", null, null, default);

        var media = (await _bank.Get<IAssetReader>().GetDerivedAsync(shot.AssetId!.Value, default)).Media!;
        Assert.Equal(media.Shots[1].Start.TotalSeconds, shot.StartSeconds);
        Assert.Equal(media.Shots[1].End.TotalSeconds, shot.EndSeconds);

        await edit.MoveAsync("夜醒", "李策略", text.Id, 1, null, default);
        await edit.NoteAsync("夜醒", "李策略", notes.Id, "小红书参考", null, default);
        await edit.RemoveAsync("夜醒", "李策略", shot.Id, null, default);

        var shown = await _bank.Get<CollectionQueries>().ShowAsync("夜醒", "李策略", default);
        Assert.Equal([text.Id, notes.Id], shown.Items.Select(i => i.Id));
        Assert.Equal([1, 2], shown.Items.Select(i => i.Position));
        Assert.Equal("小红书参考", shown.Items[1].Note);
    }

    [Fact]
    public async Task Unknown_failed_or_deleted_assets_and_missing_shots_are_refused_by_name()
    {
        var edit = _bank.Get<EditCollections>();
        await edit.CreateAsync("篮", "李策略", null, default);

        var unknown = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.AddAssetAsync("篮", "李策略", "clients/none.mp4", null, null, null, default));
        Assert.Contains("no asset with this key", unknown.Message, StringComparison.Ordinal);

        var shot = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.AddAssetAsync("篮", "李策略", Video, 42, null, null, default));
        Assert.Contains("no shot 42", shot.Message, StringComparison.Ordinal);

        var ledger = _bank.Get<IIngestionLedger>();
        await ledger.RecordDiscoveredAsync([new StoredObject("clients/broken.mp4", "e1", 10, DateTimeOffset.UtcNow, null, StoredObject.NoMetadata)], DateTimeOffset.UtcNow, default);
        await ledger.MarkFailedAsync("clients/broken.mp4", "e1", "moov atom not found", DateTimeOffset.UtcNow, default);
        var failed = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.AddAssetAsync("篮", "李策略", "clients/broken.mp4", null, null, null, default));
        Assert.Contains("failed to process: moov atom not found", failed.Message, StringComparison.Ordinal);

        await _bank.Get<IObjectStore>().DeleteAsync(Notes, default);
        await _bank.Get<Application.Ingesting.IngestAssets>().RunAsync(Application.Ingesting.IngestionRequest.Everything, null, null, default);
        var deleted = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.AddAssetAsync("篮", "李策略", Notes, null, null, null, default));
        Assert.Contains("was deleted", deleted.Message, StringComparison.Ordinal);

        Assert.Empty((await _bank.Get<CollectionQueries>().ShowAsync("篮", "李策略", default)).Items);
    }

    [Fact]
    public async Task Sharing_decides_who_reads_and_who_edits()
    {
        var edit = _bank.Get<EditCollections>();
        var queries = _bank.Get<CollectionQueries>();
        await edit.CreateAsync("共享", "李策略", null, default);

        var stranger = await Assert.ThrowsAsync<RequestRejectedException>(() => queries.ShowAsync("共享", "王创意", default));
        Assert.Contains("not shared with 王创意", stranger.Message, StringComparison.Ordinal);

        await edit.ShareAsync("共享", "李策略", "王创意", CollectionAccess.Read, null, default);
        Assert.Equal("共享", (await queries.ShowAsync("共享", "王创意", default)).Name);
        var readOnly = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.AddTextAsync("共享", "王创意", "想法", null, null, default));
        Assert.Contains("read-only", readOnly.Message, StringComparison.Ordinal);

        await edit.ShareAsync("共享", "李策略", "王创意", CollectionAccess.Edit, null, default);
        await edit.AddTextAsync("共享", "王创意", "想法", null, null, default);
        var rename = await Assert.ThrowsAsync<RequestRejectedException>(() => edit.RenameAsync("共享", "我的", "王创意", null, default));
        Assert.Contains("only the owner", rename.Message, StringComparison.Ordinal);

        Assert.Single(await queries.ListAsync("王创意", default));
        Assert.Empty(await queries.ListAsync("赵路人", default));
        await Assert.ThrowsAsync<RequestRejectedException>(() => edit.CreateAsync("共享", " ", null, default));
    }

    [Fact]
    public async Task A_share_link_opens_read_only_until_it_expires()
    {
        var edit = _bank.Get<EditCollections>();
        await edit.CreateAsync("链接", "李策略", null, default);
        var (token, expires) = await edit.CreateLinkAsync("链接", "李策略", TimeSpan.FromDays(7), null, default);
        Assert.True(expires > DateTimeOffset.UtcNow.AddDays(6));
        Assert.Equal("链接", (await _bank.Get<CollectionQueries>().OpenLinkAsync(token, default)).Name);

        var (shortLived, _) = await edit.CreateLinkAsync("链接", "李策略", TimeSpan.FromMilliseconds(1), null, default);
        await Task.Delay(20);
        var expired = await Assert.ThrowsAsync<RequestRejectedException>(() => _bank.Get<CollectionQueries>().OpenLinkAsync(shortLived, default));
        Assert.Contains("expired", expired.Message, StringComparison.Ordinal);
        var wrong = await Assert.ThrowsAsync<RequestRejectedException>(() => _bank.Get<CollectionQueries>().OpenLinkAsync(token + "x", default));
        Assert.Contains("no share link", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_processes_adding_to_one_collection_at_once_lose_nothing()
    {
        await _bank.Get<EditCollections>().CreateAsync("并发", "李策略", null, default);
        await _bank.Get<EditCollections>().ShareAsync("并发", "李策略", "王创意", CollectionAccess.Edit, null, default);
        // A second stack on the same catalog with its own lock file: only the catalog's transactions keep the two apart.
        await using var other = WorkflowBank.Create(_bank.Root, "other.lock");
        var first = Enumerable.Range(0, 25).Select(i => _bank.Get<EditCollections>().AddTextAsync("并发", "李策略", $"甲 {i}", null, null, default));
        var second = Enumerable.Range(0, 25).Select(i => other.Get<EditCollections>().AddTextAsync("并发", "王创意", $"乙 {i}", null, null, default));
        await Task.WhenAll(first.Concat(second));

        var items = (await _bank.Get<CollectionQueries>().ShowAsync("并发", "李策略", default)).Items;
        Assert.Equal(50, items.Count);
        Assert.Equal(Enumerable.Range(1, 50), items.Select(i => i.Position).Order());
        Assert.Equal(50, items.Select(i => i.Text).Distinct().Count());
    }

    [Fact]
    public async Task The_zip_export_holds_the_cut_shots_keyframes_assets_and_a_sheet()
    {
        var edit = _bank.Get<EditCollections>();
        await edit.CreateAsync("导出", "李策略", null, default);
        await edit.AddAssetAsync("导出", "李策略", Video, 0, "第一镜", null, default);
        await edit.AddAssetAsync("导出", "李策略", Video, 2, null, null, default);
        await edit.AddAssetAsync("导出", "李策略", Notes, null, null, null, default);
        await edit.AddTextAsync("导出", "李策略", "口播：爸爸也会累", "备选", null, default);
        await edit.ShareAsync("导出", "李策略", "王创意", CollectionAccess.Read, null, default);

        var zipPath = Path.Combine(_bank.Root, "out.zip");
        var seen = new List<CollectionExportProgress>();
        var report = await _bank.Get<ExportCollections>().ZipAsync("导出", "王创意", zipPath, new SyncProgress(seen.Add), default);

        Assert.Empty(report.Problems);
        Assert.Equal(4, seen.Count);
        Assert.Equal(4, seen[^1].Done);
        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("0001-tvc-shot0.mp4", names);
        Assert.Contains("0001-tvc-shot0.jpg", names);
        Assert.Contains("0002-tvc-shot2.mp4", names);
        Assert.Contains("0003-notes.md", names);
        Assert.Contains("collection.md", names);
        Assert.Contains("items.csv", names);

        var clip = Path.Combine(_bank.Root, "clip.mp4");
        zip.GetEntry("0001-tvc-shot0.mp4")!.ExtractToFile(clip);
        var duration = await ProbeDurationAsync(clip);
        var shot = (await _bank.Get<CollectionQueries>().ShowAsync("导出", "李策略", default)).Items[0];
        Assert.InRange(duration, shot.EndSeconds!.Value - shot.StartSeconds!.Value - 0.2, shot.EndSeconds!.Value - shot.StartSeconds!.Value + 0.2);

        using var sheet = new StreamReader(zip.GetEntry("collection.md")!.Open());
        var markdown = await sheet.ReadToEndAsync();
        Assert.Contains("口播：爸爸也会累", markdown, StringComparison.Ordinal);
        Assert.Contains("第一镜", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_has_one_row_per_item_in_order()
    {
        var edit = _bank.Get<EditCollections>();
        await edit.CreateAsync("表格", "李策略", null, default);
        await edit.AddTextAsync("表格", "李策略", "=HYPERLINK(\"x\")", null, null, default);
        await edit.AddAssetAsync("表格", "李策略", Video, 1, "镜头, 带逗号", null, default);
        using var output = new StringWriter();
        Assert.Equal(2, await _bank.Get<ExportCollections>().CsvAsync("表格", "李策略", output, default));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Contains($"{Video},1,", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"镜头, 带逗号\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_items_export_one_by_one_with_progress_for_each()
    {
        var created = await _bank.Get<EditCollections>().CreateAsync("一万", "李策略", null, default);
        var store = _bank.Get<ICollectionStore>();
        var shot = await _bank.Get<EditCollections>().AddAssetAsync("一万", "李策略", Video, 1, null, null, default);
        for (var i = 1; i < 10_000; i++)
        {
            await store.AddItemAsync(created.Id, i % 2500 == 0 ? shot with { Id = 0 } : new CollectionItem { Kind = CollectionItemKind.Text, Text = $"条目 {i}", AddedBy = "李策略", AddedAt = DateTimeOffset.UtcNow }, default);
        }

        var zipPath = Path.Combine(_bank.Root, "ten-thousand.zip");
        var reported = 0;
        var last = 0;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var report = await _bank.Get<ExportCollections>().ZipAsync("一万", "李策略", zipPath, new SyncProgress(p =>
        {
            reported++;
            last = p.Done;
        }), default);
        output.WriteLine($"10,000 items: {report.Files} files, {report.Bytes / 1024} KiB; managed heap {before / 1048576.0:0.0} MB before, {GC.GetTotalMemory(false) / 1048576.0:0.0} MB after, peak working set {Environment.WorkingSet / 1048576.0:0.0} MB");

        Assert.Equal(10_000, reported);
        Assert.Equal(10_000, last);
        Assert.Equal(8, report.Files); // four shots, each cut and its keyframe
        using var zip = ZipFile.OpenRead(zipPath);
        using var csv = new StreamReader(zip.GetEntry("items.csv")!.Open());
        var rows = 0;
        while (await csv.ReadLineAsync() is not null)
        {
            rows++;
        }

        Assert.Equal(10_001, rows);
    }

    private static async Task<double> ProbeDurationAsync(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path })
        {
            info.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return double.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class SyncProgress(Action<CollectionExportProgress> report) : IProgress<CollectionExportProgress>
    {
        public void Report(CollectionExportProgress value) => report(value);
    }
}
