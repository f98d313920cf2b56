using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// Several <c>assetbank worker</c> processes against the real PostgreSQL: the same catalog as one process, a killed
/// or frozen worker's job taken over with nothing written twice, priorities, a database restart.
/// </summary>
[Collection(nameof(ClusterIngestTests))]
public sealed class ClusterIngestTests
{
    private const string Outcome = "SELECT a.key, a.kind, coalesce(a.content_sha256, ''), a.status, (SELECT count(*) FROM shots s WHERE s.asset_id = a.id) FROM assets a ORDER BY a.key";

    [SkippableFact]
    public async Task Three_workers_build_the_same_catalog_and_search_results_as_one_process_with_no_duplicates()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteClipsAsync("clips", 30);
        await bank.WriteImagesAsync("images", 100);
        await bank.EnqueueAsync(string.Empty);

        var workers = new[] { bank.StartWorker("w1"), bank.StartWorker("w2"), bank.StartWorker("w3") };
        var outputs = await Task.WhenAll(workers.Select(w => w.ExitAsync()));

        Assert.All(workers, w => Assert.Equal(0, w.Process.ExitCode));
        Assert.Equal(130, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(0, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state <> 'done'"));
        Assert.True(outputs.Count(o => o.Contains(": done", StringComparison.Ordinal)) >= 2, "the work was not shared: " + string.Join("\n---\n", outputs));
        var cluster = await bank.RowsAsync(Outcome);
        Assert.Equal(130, cluster.Count);
        Assert.Equal(cluster.Count, cluster.Select(r => r[0]).Distinct().Count());

        var single = Path.Combine(bank.Root, "single");
        CopyFolder(bank.Store, Path.Combine(single, "store"));
        var embedded = new AssetBankProcess(single, postgres: null);
        await embedded.RunOkAsync("ingest");
        Assert.Equal(Describe(await EmbeddedRowsAsync(Path.Combine(single, "catalog.db"))), Describe(cluster));

        // The cluster's search index is built from PostgreSQL by the searching process (workers write none); it must
        // find what the single process's index finds, with the same scores.
        foreach (var query in SearchQueries)
        {
            Assert.Equal(await SearchedAsync(embedded, query), await SearchedAsync(bank.Bank, query));
        }
    }

    [SkippableFact]
    public async Task A_killed_workers_job_is_leased_again_and_done_once_by_another()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteClipsAsync("long", 1, seconds: 90, size: "640x360");
        await bank.EnqueueAsync(string.Empty);
        var first = bank.StartWorker("doomed");
        await ClusterBank.WaitForAsync(async () => await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'running' AND lease_holder = 'doomed'") == 1, "the first worker to claim the clip");

        first.Signal(9);
        await first.ExitAsync();
        var second = bank.StartWorker("heir", lease: ClusterBank.HeirLease);
        var output = await second.ExitAsync();

        var job = Assert.Single(await bank.RowsAsync("SELECT state, attempts FROM jobs"));
        Assert.Equal("done", job[0]);
        Assert.Equal(2, job[1]);
        Assert.Contains("done (attempt 2)", output, StringComparison.Ordinal);
        var asset = Assert.Single(await bank.RowsAsync(Outcome));
        Assert.Equal("processed", asset[3]);
        Assert.True(Convert.ToInt64(asset[4], CultureInfo.InvariantCulture) >= 2, "the clip's cut was not found");
    }

    [SkippableFact]
    public async Task A_frozen_worker_that_wakes_after_another_finished_its_job_writes_nothing()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteClipsAsync("long", 1, seconds: 90, size: "640x360");
        await bank.EnqueueAsync(string.Empty);
        var frozen = bank.StartWorker("frozen");
        await ClusterBank.WaitForAsync(async () => await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'running' AND lease_holder = 'frozen'") == 1, "the first worker to claim the clip");

        frozen.Signal(19);
        var other = bank.StartWorker("other", lease: ClusterBank.HeirLease);
        await other.ExitAsync();
        var done = Assert.Single(await bank.RowsAsync("SELECT state, attempts FROM jobs"));
        Assert.Equal("done", done[0]);
        Assert.Equal(2, done[1]);
        var before = await bank.RowsAsync("SELECT a.processed_at, a.change_seq, a.attempts, (SELECT value FROM catalog_sequence), (SELECT count(*) FROM shots) FROM assets a");

        frozen.Signal(18);
        var output = await frozen.ExitAsync();

        Assert.True(output.Contains("lease lost, nothing written", StringComparison.Ordinal), output);
        Assert.Equal(Describe(before), Describe(await bank.RowsAsync("SELECT a.processed_at, a.change_seq, a.attempts, (SELECT value FROM catalog_sequence), (SELECT count(*) FROM shots) FROM assets a")));
        Assert.Equal(Describe([done]), Describe(await bank.RowsAsync("SELECT state, attempts FROM jobs")));
    }

    [SkippableFact]
    public async Task A_fresh_upload_overtakes_the_backlog_and_no_worker_holds_more_than_its_slots_times_the_image_batch()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteImagesAsync("backlog", 200);
        await bank.EnqueueAsync("backlog/");
        var worker = bank.StartWorker("busy", slots: 2);
        var most = 0L;
        await ClusterBank.WaitForAsync(async () => await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'") >= 3, "the backlog to start");

        await bank.WriteImagesAsync("fresh", 1, size: "96x96");
        var overlap = Task.Run(async () =>
        {
            while (!worker.Process.HasExited)
            {
                most = Math.Max(most, await bank.CountAsync("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM jobs WHERE state = 'running' GROUP BY lease_holder) h"));
                await Task.Delay(50);
            }
        });
        await bank.EnqueueAsync("fresh/", priority: 10);
        await worker.ExitAsync();
        await overlap;

        var freshStarted = await bank.ScalarAsync("SELECT started_at FROM jobs WHERE key LIKE 'fresh/%'");
        var backlogAfter = await bank.CountAsync($"SELECT count(*) FROM jobs WHERE key LIKE 'backlog/%' AND started_at > (SELECT started_at FROM jobs WHERE key LIKE 'fresh/%')");
        Assert.NotNull(freshStarted);
        Assert.True(backlogAfter > 0, "the backlog had drained before the fresh upload was queued; nothing to overtake");
        var enqueuedBefore = await bank.CountAsync("SELECT count(*) FROM jobs b WHERE b.key LIKE 'backlog/%' AND b.started_at > (SELECT f.started_at FROM jobs f WHERE f.key LIKE 'fresh/%') AND b.enqueued_at < (SELECT f.enqueued_at FROM jobs f WHERE f.key LIKE 'fresh/%')");
        Assert.Equal(backlogAfter, enqueuedBefore);
        // A slot claims up to Jobs:ImageBatch (8) images at once and runs them one after another.
        Assert.InRange(most, 1, 2 * 8);
        var largestClaim = await bank.CountAsync("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM jobs WHERE key LIKE 'backlog/%' GROUP BY started_at) c");
        Assert.InRange(largestClaim, 2, 8);
        Assert.Equal(201, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'"));
    }

    [SkippableFact]
    public async Task A_stopped_worker_hands_back_the_images_it_claimed_but_had_not_started_without_using_their_attempts()
    {
        await using var bank = await ClusterBank.CreateAsync();
        await bank.WriteImagesAsync("batch", 20, size: "1920x1080");
        await bank.EnqueueAsync("batch/");
        var worker = bank.StartWorker("stopping");
        await ClusterBank.WaitForAsync(async () => await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'") >= 1, "the first image of the batch");

        worker.Signal(15);
        var output = await worker.ExitAsync();

        Assert.Equal(0, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'running'"));
        Assert.Equal(20, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state IN ('done', 'queued')"));
        Assert.True(await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'queued' AND attempts = 0") >= 1, output);
        Assert.InRange(await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'queued' AND attempts > 0"), 0, 1);
    }

    [SkippableFact]
    public async Task Workers_ride_out_a_postgres_restart_and_nothing_is_lost()
    {
        PostgresServer.SkipUnlessConfigured();
        await using var server = new PrivatePostgres();
        await server.StartAsync();
        await using var bank = await ClusterBank.CreateAsync(server.ConnectionString);
        await bank.WriteClipsAsync("clips", 6);
        await bank.WriteImagesAsync("images", 40);
        await bank.EnqueueAsync(string.Empty);
        var workers = new[] { bank.StartWorker("r1"), bank.StartWorker("r2") };
        await ClusterBank.WaitForAsync(async () => await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'") >= 3, "the first jobs");

        await server.RestartAsync();
        await Task.WhenAll(workers.Select(w => w.ExitAsync()));

        Assert.Equal(46, await bank.CountAsync("SELECT count(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(46, await bank.CountAsync("SELECT count(*) FROM assets WHERE status = 'processed'"));
    }

    /// <summary>Each at most 100 hits (one page), so ties ordered differently by the two indexes cannot change the page.</summary>
    private static readonly string[][] SearchQueries =
    [
        ["clip"], ["clip007"], ["img"], ["。", "--kind", "video"], ["。", "--kind", "image"],
    ];

    /// <summary>The total and every hit (key, shot, kind, score) of one search, in a stable order.</summary>
    private static async Task<string> SearchedAsync(AssetBankProcess bank, string[] query)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await bank.RunOkAsync(["search", .. query, "--json", "--limit", "100"]));
        var hits = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => string.Join(" | ", h.GetProperty("key").ToString(), h.GetProperty("shot").ToString(), h.GetProperty("kind").ToString(), h.GetProperty("score").ToString()))
            .Order(StringComparer.Ordinal);
        var total = json.RootElement.GetProperty("total").GetInt32();
        Assert.True(total is > 0 and <= 100, $"search {string.Join(' ', query)} found {total}: pick a query with one page of hits");
        return $"{string.Join(' ', query)}: {total}\n{string.Join('\n', hits)}";
    }

    private static async Task<List<object?[]>> EmbeddedRowsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Outcome;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static string Describe(IEnumerable<object?[]> rows) =>
        string.Join('\n', rows.Select(r => string.Join(" | ", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
