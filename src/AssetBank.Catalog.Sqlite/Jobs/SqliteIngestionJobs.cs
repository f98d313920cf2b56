using System.Globalization;
using AssetBank.Catalog.Relational;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Jobs;

/// <summary>
/// The job queue in the embedded catalog, with the PostgreSQL queue's semantics: every claim, renewal and completion
/// is one write transaction (<c>BEGIN IMMEDIATE</c>, so worker processes on the same data folder take turns through
/// SQLite's lock and busy timeout instead of skipping rows), leases on this machine's clock in Unix milliseconds, and
/// the fence (holder + attempt) checked in the transaction that writes the catalog.
/// </summary>
public sealed class SqliteIngestionJobs(SqliteDatabase database, IAssetReader reader) : IIngestionJobs
{
    private const string Fence = JobRows.Fence;

    public async Task<int> EnqueueAsync(IReadOnlyList<string> keys, int priority, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (keys.Count == 0)
        {
            return 0;
        }

        return await database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, """
                INSERT INTO jobs (key, kind, priority, state, max_attempts, enqueued_at)
                VALUES ($key, $kind, $priority, 'queued', $max, $now)
                ON CONFLICT (key) WHERE state IN ('queued', 'running') DO NOTHING;
                """);
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var kind = command.Parameters.Add("$kind", SqliteType.Text);
            command.Parameters.AddWithValue("$priority", priority);
            command.Parameters.AddWithValue("$max", maxAttempts);
            command.Parameters.AddWithValue("$now", Now());
            var added = 0;
            foreach (var each in keys.Distinct(StringComparer.Ordinal))
            {
                key.Value = each;
                kind.Value = JobKinds.FromKey(each);
                added += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return added;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<JobLease>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return ClaimWithAsync(worker, lease, """
                UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_holder = $worker,
                    lease_expires = $expires, started_at = $now
                WHERE id IN (
                    SELECT id FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_expires < $now)
                    ORDER BY priority DESC, id
                    LIMIT $count)
                RETURNING id, key, attempts, lease_expires;
                """, "$count", count, cancellationToken);
    }

    public Task<IReadOnlyList<JobLease>> ClaimNextAsync(string worker, int imageBatch, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageBatch, 1);
        return ClaimWithAsync(worker, lease, """
                WITH head AS (
                    SELECT id, kind, priority FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_expires < $now)
                    ORDER BY priority DESC, id
                    LIMIT 1),
                more AS (
                    SELECT j.id FROM jobs j JOIN head h ON h.kind = 'image' AND j.kind = 'image' AND j.priority = h.priority AND j.id <> h.id
                    WHERE j.state = 'queued'
                    ORDER BY j.id
                    LIMIT $more)
                UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_holder = $worker,
                    lease_expires = $expires, started_at = $now
                WHERE id IN (SELECT id FROM head UNION ALL SELECT id FROM more)
                RETURNING id, key, attempts, lease_expires;
                """, "$more", imageBatch - 1, cancellationToken);
    }

    public Task<bool> RenewAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = FencedCommand(connection, transaction, $"UPDATE jobs SET lease_expires = $expires WHERE {Fence};", lease);
            command.Parameters.AddWithValue("$expires", Now() + Milliseconds(duration));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
    }

    public async Task<bool> HoldsAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = FencedCommand(connection, null, $"SELECT count(*) FROM jobs WHERE {Fence};", lease);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<Asset?> CommitAsync(JobLease lease, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(derived);
        var id = await database.WriteAsync<long?>(async (connection, transaction) =>
        {
            if (!await CloseAsync(connection, transaction, lease, "done", null, cancellationToken))
            {
                return null;
            }

            return await SqliteIngestionLedger.SaveProcessedAsync(connection, transaction, asset, derived, cancellationToken);
        }, cancellationToken);
        return id is { } assetId
            ? await reader.FindByIdAsync(assetId, cancellationToken) ?? throw new CatalogException(database.DatabasePath, $"asset '{asset.Key}' vanished right after it was saved")
            : null;
    }

    public Task<bool> FailAsync(JobLease lease, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            if (!await CloseAsync(connection, transaction, lease, "failed", reason, cancellationToken))
            {
                return false;
            }

            await SqliteIngestionLedger.MarkFailedAsync(connection, transaction, lease.Key, etag, reason, at, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<bool> FinishAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync((connection, transaction) => CloseAsync(connection, transaction, lease, "done", null, cancellationToken), cancellationToken);
    }

    public Task ReleaseAsync(JobLease lease, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = FencedCommand(connection, transaction, $"""
                UPDATE jobs SET
                    state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                    reason = CASE WHEN attempts >= max_attempts THEN 'gave up after ' || attempts || ' attempts: ' || $reason ELSE $reason END,
                    finished_at = CASE WHEN attempts >= max_attempts THEN $now END,
                    lease_holder = NULL, lease_expires = NULL
                WHERE {Fence};
                """, lease);
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$now", Now());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<bool> ReturnUnstartedAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(
            (connection, transaction) => JobRows.ExecuteFencedAsync(FencedCommand(connection, transaction, JobRows.ReturnUnstarted, lease), cancellationToken),
            cancellationToken);
    }

    public async Task<JobQueueStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var throughput = Command(connection, null, """
            SELECT (SELECT count(*) FROM jobs WHERE state = 'done' AND finished_at > $now - 60000),
                   (SELECT count(*) FROM jobs WHERE state = 'done' AND finished_at > $now - 3600000),
                   (SELECT min(enqueued_at) FROM jobs WHERE state = 'queued');
            """);
        throughput.Parameters.AddWithValue("$now", Now());
        return await JobRows.ReadStatusAsync(connection, throughput, ReadTime, cancellationToken);
    }

    /// <summary>Parks exhausted jobs, then runs a claim (<c>$worker</c>, <c>$now</c>, <c>$expires</c> and one count parameter); leases in id order.</summary>
    private Task<IReadOnlyList<JobLease>> ClaimWithAsync(string worker, TimeSpan lease, string sql, string countName, int count, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<JobLease>>(async (connection, transaction) =>
        {
            var now = Now();
            await ParkExhaustedAsync(connection, transaction, now, cancellationToken);
            await using var command = Command(connection, transaction, sql);
            command.Parameters.AddWithValue(countName, count);
            command.Parameters.AddWithValue("$worker", worker);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$expires", now + Milliseconds(lease));
            var leases = await JobRows.ReadLeasesAsync(command, worker, ReadTime, cancellationToken);
            return leases.OrderBy(l => l.JobId).ToList();
        }, cancellationToken);

    /// <summary>Jobs whose last allowed attempt lost its worker: parked as failed, the object version marked failed.</summary>
    private static async Task ParkExhaustedAsync(SqliteConnection connection, SqliteTransaction transaction, long now, CancellationToken cancellationToken)
    {
        var parked = new List<(string Key, string Reason)>();
        await using (var command = Command(connection, transaction, """
            UPDATE jobs SET state = 'failed', finished_at = $now,
                reason = 'gave up after ' || attempts || ' attempts: the lease of ' || coalesce(lease_holder, '?') || ' ran out each time (the worker stopped or was lost)',
                lease_holder = NULL, lease_expires = NULL
            WHERE state = 'running' AND lease_expires < $now AND attempts >= max_attempts
            RETURNING key, reason;
            """))
        {
            command.Parameters.AddWithValue("$now", now);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                parked.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        foreach (var (key, reason) in parked)
        {
            await using var etag = Command(connection, transaction, "SELECT etag FROM assets WHERE key = $key;");
            etag.Parameters.AddWithValue("$key", key);
            var current = await etag.ExecuteScalarAsync(cancellationToken) as string ?? string.Empty;
            await SqliteIngestionLedger.MarkFailedAsync(connection, transaction, key, current, reason, Time(now), cancellationToken);
        }
    }

    /// <summary>Closes the job if it still carries the lease; false (nothing changed) when fenced out.</summary>
    private static async Task<bool> CloseAsync(SqliteConnection connection, SqliteTransaction transaction, JobLease lease, string state, string? reason, CancellationToken cancellationToken)
    {
        await using var command = FencedCommand(connection, transaction,
            $"UPDATE jobs SET state = $state, reason = $reason, finished_at = $now, lease_holder = NULL, lease_expires = NULL WHERE {Fence};", lease);
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$reason", (object?)reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static SqliteCommand FencedCommand(SqliteConnection connection, SqliteTransaction? transaction, string sql, JobLease lease)
    {
        var command = Command(connection, transaction, sql);
        JobRows.AddFence(command, lease);
        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static long Milliseconds(TimeSpan span) => (long)Math.Ceiling(span.TotalMilliseconds);

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    private static DateTimeOffset ReadTime(System.Data.Common.DbDataReader rows, int column) => Time(rows.GetInt64(column));
}
