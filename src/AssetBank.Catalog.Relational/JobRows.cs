using System.Data.Common;
using AssetBank.Core.Jobs;

namespace AssetBank.Catalog.Relational;

/// <summary>
/// What both providers' job queues share: the fence, how leases are read back from a claim, and the status queries
/// that are the same SQL in both dialects. Times come through <c>readTime</c> (a timestamp column in PostgreSQL, Unix
/// milliseconds in SQLite).
/// </summary>
public static class JobRows
{
    /// <summary>The job still carries this lease's worker and attempt and runs (parameters from <see cref="AddFence"/>).</summary>
    public const string Fence = "id = @id AND lease_holder = @worker AND attempts = @attempt AND state = 'running'";

    /// <summary>A claimed job that never started goes back to the queue without using up an attempt.</summary>
    public const string ReturnUnstarted = $"UPDATE jobs SET state = 'queued', attempts = attempts - 1, lease_holder = NULL, lease_expires = NULL WHERE {Fence};";

    public static void AddFence(DbCommand command, JobLease lease)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(lease);
        Add(command, "id", lease.JobId);
        Add(command, "worker", lease.Worker);
        Add(command, "attempt", lease.Attempt);
    }

    /// <summary>Runs (and disposes) a fenced update; true when the job still carried the lease and changed.</summary>
    public static async Task<bool> ExecuteFencedAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
    }

    /// <summary>Runs a claim returning <c>id, key, attempts, lease_expires</c> and reads the leases it took.</summary>
    public static async Task<IReadOnlyList<JobLease>> ReadLeasesAsync(DbCommand claim, string worker, Func<DbDataReader, int, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(readTime);
        var leases = new List<JobLease>();
        await using var rows = await claim.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            leases.Add(new JobLease(rows.GetInt64(0), rows.GetString(1), rows.GetInt32(2), worker, readTime(rows, 3)));
        }

        return leases;
    }

    /// <summary>
    /// The queue's status; <paramref name="throughput"/> returns one row: jobs done in the last minute, in the last
    /// hour, and the oldest queued job's enqueue time (or null).
    /// </summary>
    public static async Task<JobQueueStatus> ReadStatusAsync(DbConnection connection, DbCommand throughput, Func<DbDataReader, int, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(throughput);
        ArgumentNullException.ThrowIfNull(readTime);
        var counts = await ReadAllAsync(connection, "SELECT state, priority, count(*) FROM jobs GROUP BY state, priority ORDER BY state, priority DESC;",
            r => new JobStateCount(r.GetString(0), r.GetInt32(1), r.GetInt64(2)), cancellationToken);
        long lastMinute, lastHour;
        DateTimeOffset? oldest;
        await using (var rows = await throughput.ExecuteReaderAsync(cancellationToken))
        {
            await rows.ReadAsync(cancellationToken);
            lastMinute = rows.GetInt64(0);
            lastHour = rows.GetInt64(1);
            oldest = rows.IsDBNull(2) ? null : readTime(rows, 2);
        }

        var workers = await ReadAllAsync(connection,
            "SELECT lease_holder, count(*), min(lease_expires) FROM jobs WHERE state = 'running' GROUP BY lease_holder ORDER BY lease_holder;",
            r => new WorkerLeases(r.GetString(0), checked((int)r.GetInt64(1)), readTime(r, 2)), cancellationToken);
        var parked = await ReadAllAsync(connection,
            "SELECT id, key, attempts, coalesce(reason, '') FROM jobs WHERE state = 'failed' ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 10;",
            r => new ParkedJob(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3)), cancellationToken);
        return new JobQueueStatus(counts, lastMinute, lastHour, oldest, workers, parked);
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        while (await rows.ReadAsync(cancellationToken))
        {
            items.Add(read(rows));
        }

        return items;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
