using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// The embedded default runs the same job model: <c>queue add</c> and several <c>worker</c> processes on one data
/// folder share the jobs through SQLite's write lock, and the next embedded command's index finds their work.
/// </summary>
[Collection(nameof(ClusterIngestTests))]
public sealed class EmbeddedWorkersTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-embedded-workers", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Two_worker_processes_on_one_embedded_data_folder_do_every_job_once()
    {
        var data = Path.Combine(_root, "data");
        await ClusterBank.WriteImagesToAsync(Path.Combine(data, "store", "images"), 60, "64x64");
        var bank = new AssetBankProcess(data, postgres: null);

        Assert.Contains("已列举 60 · 新排队 60", await bank.RunOkAsync("queue", "add"), StringComparison.Ordinal);
        Assert.Contains("新排队 0", await bank.RunOkAsync("queue", "add"), StringComparison.Ordinal);
        await using var first = new RunningWorker(bank.Start("worker", "--slots", "2", "--until-empty", "--name", "e1"));
        await using var second = new RunningWorker(bank.Start("worker", "--slots", "2", "--until-empty", "--name", "e2"));
        var outputs = await Task.WhenAll(first.ExitAsync(), second.ExitAsync());

        Assert.True(first.Process.ExitCode == 0 && second.Process.ExitCode == 0, string.Join("\n---\n", outputs));
        Assert.All(outputs, o => Assert.Contains(": done", o, StringComparison.Ordinal));
        var catalog = Path.Combine(data, "catalog.db");
        Assert.Equal(60, await CountAsync(catalog, "SELECT count(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(0, await CountAsync(catalog, "SELECT count(*) FROM jobs WHERE state <> 'done'"));
        Assert.Equal(60, await CountAsync(catalog, "SELECT count(DISTINCT key) FROM assets WHERE status = 'processed'"));
        Assert.Equal(60, outputs.Sum(o => o.Split('\n').Count(l => l.Contains(": done", StringComparison.Ordinal))));
        Assert.Matches(@"done\W+0\W+60\b", await bank.RunOkAsync("queue", "status"));
        using var search = System.Text.Json.JsonDocument.Parse(await bank.RunOkAsync("search", "img", "--kind", "image", "--json", "--limit", "100"));
        Assert.Equal(60, search.RootElement.GetProperty("total").GetInt32());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<long> CountAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
