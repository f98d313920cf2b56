using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// One bank for a cluster test: a folder store of tiny ffmpeg-generated media, a PostgreSQL database of its own, and
/// worker processes started against both. Waits poll generously; nothing asserts how fast anything is.
/// </summary>
internal sealed class ClusterBank : IAsyncDisposable
{
    private readonly List<RunningWorker> _workers = [];

    private readonly string? _admin;

    private ClusterBank(string root, string database, string? admin = null)
    {
        _admin = admin;
        Root = root;
        Database = database;
        Bank = new AssetBankProcess(Path.Combine(root, "data"), database);
    }

    public string Root { get; }

    public string Database { get; }

    public AssetBankProcess Bank { get; }

    public string Store => Path.Combine(Root, "data", "store");

    /// <param name="admin">The server's admin connection string; the shared test server when null.</param>
    public static async Task<ClusterBank> CreateAsync(string? admin = null)
    {
        PostgresServer.SkipUnlessConfigured();
        var root = Path.Combine(Path.GetTempPath(), "assetbank-cluster-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "data", "store"));
        return new ClusterBank(root, await PostgresServer.CreateDatabaseAsync(admin), admin);
    }

    /// <summary>Short leases and fast beats, so a lost worker's job comes back within seconds.</summary>
    public static readonly string[] FastLeases =
    [
        "--set", "Jobs:Lease=00:00:04", "--set", "Jobs:Heartbeat=00:00:01", "--set", "Jobs:IdlePoll=00:00:00.300", "--set", "Jobs:MaxAttempts=5",
    ];

    /// <summary>
    /// A lease longer than <see cref="FastLeases"/>' for the worker that takes over a lost job: only the lost worker's
    /// lease has to run out, and under heavy load (load 13 on 2 cores) a live worker's 1 s beat was once held up past a
    /// 4 s lease, which made the heir lose the job it was finishing.
    /// </summary>
    public static readonly TimeSpan HeirLease = TimeSpan.FromMinutes(3);

    /// <param name="lease">This worker's lease instead of the fast one (its heartbeat stays at 1 s).</param>
    public RunningWorker StartWorker(string name, int slots = 1, TimeSpan? lease = null)
    {
        string[] ownLease = lease is { } given ? ["--set", $"Jobs:Lease={given.ToString("c", CultureInfo.InvariantCulture)}"] : [];
        var worker = new RunningWorker(Bank.Start(["worker", "--slots", slots.ToString(CultureInfo.InvariantCulture), "--until-empty", "--name", name, .. FastLeases, .. ownLease]));
        _workers.Add(worker);
        return worker;
    }

    public async Task EnqueueAsync(string prefix, int priority = 0) =>
        await Bank.RunOkAsync(["queue", "add", "--prefix", prefix, "--priority", priority.ToString(CultureInfo.InvariantCulture), .. FastLeases]);

    /// <summary>Polls until <paramref name="condition"/> holds; fails after a generous limit (a hang, never a speed test).</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, int minutes = 8)
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        while (!await condition())
        {
            if (hang.IsCancellationRequested)
            {
                throw new TimeoutException($"gave up waiting for {what}: still not true after {minutes} min (a hang guard)");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    public async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql) => await PostgresServer.ScalarAsync(Database, sql);

    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.Unpooled(Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Short clips with a cut in the middle, each a different pattern and hue.</summary>
    public async Task WriteClipsAsync(string folder, int count, int seconds = 1, string size = "160x120")
    {
        Directory.CreateDirectory(Path.Combine(Store, folder));
        for (var i = 0; i < count; i++)
        {
            var half = seconds / 2.0;
            await FfmpegAsync(
                "-f", "lavfi", "-i", $"testsrc=size={size}:rate=10:duration={half.ToString(CultureInfo.InvariantCulture)}",
                "-f", "lavfi", "-i", $"color=c=0x{(i * 7919) % 0xFFFFFF:X6}:size={size}:rate=10:duration={half.ToString(CultureInfo.InvariantCulture)}",
                "-filter_complex", $"[0:v]hue=h={i * 11}[a];[a][1:v]concat=n=2:v=1[v]", "-map", "[v]",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", Path.Combine(Store, folder, $"clip{i:D3}.mp4"));
        }
    }

    /// <summary>Distinct tiny images from one ffmpeg run (one frame each of a moving test pattern).</summary>
    public Task WriteImagesAsync(string folder, int count, string size = "64x64") => WriteImagesToAsync(Path.Combine(Store, folder), count, size);

    /// <summary>Distinct pictures (img001.png …) in any <paramref name="folder"/>.</summary>
    public static async Task WriteImagesToAsync(string folder, int count, string size)
    {
        Directory.CreateDirectory(folder);
        await FfmpegAsync("-f", "lavfi", "-i", $"testsrc2=size={size}:rate=5", "-frames:v", count.ToString(CultureInfo.InvariantCulture),
            Path.Combine(folder, "img%03d.png"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await PostgresServer.DropDatabaseAsync(Database, _admin);
        Directory.Delete(Root, recursive: true);
    }

    private static async Task FfmpegAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-y", "-loglevel", "error" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg {string.Join(' ', arguments)}: {error}");
    }
}
