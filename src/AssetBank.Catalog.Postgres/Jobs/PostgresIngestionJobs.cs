using AssetBank.Catalog.Relational;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using Npgsql;

namespace AssetBank.Catalog.Postgres.Jobs;

/// <summary>
/// The job queue in PostgreSQL: claims with <c>FOR UPDATE SKIP LOCKED</c> (workers never wait on each other's rows),
/// leases on the server's clock (no skew between machines), and the fence (holder + attempt, row-locked) checked in
/// the transaction that writes the catalog.
/// </summary>
public sealed class PostgresIngestionJobs(PostgresDatabase database, IAssetReader reader) : IIngestionJobs
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
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO jobs (key, kind, priority, state, max_attempts)
                SELECT k.key, k.kind, @priority, 'queued', @max FROM unnest(@keys, @kinds) WITH ORDINALITY AS k(key, kind, n)
                ORDER BY k.n
                ON CONFLICT (key) WHERE state IN ('queued', 'running') DO NOTHING;
                """);
            // In the given order, so that ids (the queue's "oldest first") follow it.
            var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
            command.Parameters.AddWithValue("priority", priority);
            command.Parameters.AddWithValue("max", maxAttempts);
            command.Parameters.AddWithValue("keys", distinct);
            command.Parameters.AddWithValue("kinds", distinct.Select(JobKinds.FromKey).ToArray());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<JobLease>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return ClaimWithAsync(worker, lease, """
                WITH picked AS (
                    SELECT id FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_expires < now())
                    ORDER BY priority DESC, id
                    LIMIT @count
                    FOR UPDATE SKIP LOCKED)
                UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, lease_holder = @worker,
                    lease_expires = now() + @lease, started_at = now()
                FROM picked WHERE j.id = picked.id
                RETURNING j.id, j.key, j.attempts, j.lease_expires;
                """, "count", count, cancellationToken);
    }

    public Task<IReadOnlyList<JobLease>> ClaimNextAsync(string worker, int imageBatch, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageBatch, 1);
        return ClaimWithAsync(worker, lease, """
                WITH head AS (
                    SELECT id, kind, priority FROM jobs
                    WHERE state = 'queued' OR (state = 'running' AND lease_expires < now())
                    ORDER BY priority DESC, id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED),
                more AS (
                    SELECT j.id FROM jobs j JOIN head h ON h.kind = 'image' AND j.kind = 'image' AND j.priority = h.priority AND j.id <> h.id
                    WHERE j.state = 'queued'
                    ORDER BY j.id
                    LIMIT @more
                    FOR UPDATE OF j SKIP LOCKED),
                picked AS (SELECT id FROM head UNION ALL SELECT id FROM more)
                UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, lease_holder = @worker,
                    lease_expires = now() + @lease, started_at = now()
                FROM picked WHERE j.id = picked.id
                RETURNING j.id, j.key, j.attempts, j.lease_expires;
                """, "more", imageBatch - 1, cancellationToken);
    }

    public Task<bool> RenewAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = FencedCommand(connection, transaction, $"UPDATE jobs SET lease_expires = now() + @lease WHERE {Fence};", lease);
            command.Parameters.AddWithValue("lease", duration);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
    }

    public async Task<bool> HoldsAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = FencedCommand(connection, null, $"SELECT count(*) FROM jobs WHERE {Fence};", lease);
        return await command.ExecuteScalarAsync(cancellationToken) is long n && n == 1;
    }

    public async Task<Asset?> CommitAsync(JobLease lease, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(asset);
        var id = await database.WriteAsync<long?>(async (connection, transaction) =>
        {
            if (!await LockFenceAsync(connection, transaction, lease, cancellationToken))
            {
                return null;
            }

            var saved = await PostgresIngestionLedger.SaveProcessedAsync(connection, transaction, asset, derived, cancellationToken);
            await CloseAsync(connection, transaction, lease, "done", null, cancellationToken);
            return saved;
        }, cancellationToken);
        return id is { } assetId
            ? await reader.FindByIdAsync(assetId, cancellationToken) ?? throw new CatalogException(database.Location, $"asset '{asset.Key}' vanished right after it was saved")
            : null;
    }

    public Task<bool> FailAsync(JobLease lease, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            if (!await LockFenceAsync(connection, transaction, lease, cancellationToken))
            {
                return false;
            }

            await PostgresIngestionLedger.MarkFailedAsync(connection, transaction, lease.Key, etag, reason, at, cancellationToken);
            await CloseAsync(connection, transaction, lease, "failed", reason, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<bool> FinishAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            if (!await LockFenceAsync(connection, transaction, lease, cancellationToken))
            {
                return false;
            }

            await CloseAsync(connection, transaction, lease, "done", null, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task ReleaseAsync(JobLease lease, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = FencedCommand(connection, transaction, $"""
                UPDATE jobs SET
                    state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                    reason = CASE WHEN attempts >= max_attempts THEN 'gave up after ' || attempts || ' attempts: ' || @reason ELSE @reason END,
                    finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
                    lease_holder = NULL, lease_expires = NULL
                WHERE {Fence};
                """, lease);
            command.Parameters.AddWithValue("reason", reason);
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
        await using var throughput = PostgresDatabase.Command(connection, null, """
            SELECT count(*) FILTER (WHERE finished_at > now() - interval '1 minute'),
                   count(*) FILTER (WHERE finished_at > now() - interval '1 hour'),
                   (SELECT min(enqueued_at) FROM jobs WHERE state = 'queued')
            FROM jobs WHERE state = 'done' AND finished_at > now() - interval '1 hour';
            """);
        return await JobRows.ReadStatusAsync(connection, throughput, ReadTime, cancellationToken);
    }

    /// <summary>Parks exhausted jobs, then runs a claim (<c>@worker</c>, <c>@lease</c> and one count parameter); leases in id order.</summary>
    private Task<IReadOnlyList<JobLease>> ClaimWithAsync(string worker, TimeSpan lease, string sql, string countName, int count, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<JobLease>>(async (connection, transaction) =>
        {
            await ParkExhaustedAsync(connection, transaction, cancellationToken);
            await using var command = PostgresDatabase.Command(connection, transaction, sql);
            command.Parameters.AddWithValue(countName, count);
            command.Parameters.AddWithValue("worker", worker);
            command.Parameters.AddWithValue("lease", lease);
            var leases = await JobRows.ReadLeasesAsync(command, worker, ReadTime, cancellationToken);
            return leases.OrderBy(l => l.JobId).ToList();
        }, cancellationToken);

    /// <summary>Jobs whose last allowed attempt lost its worker: parked as failed, the object version marked failed.</summary>
    private static async Task ParkExhaustedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var parked = new List<(string Key, string Reason)>();
        await using (var command = PostgresDatabase.Command(connection, transaction, """
            UPDATE jobs SET state = 'failed', finished_at = now(),
                reason = 'gave up after ' || attempts || ' attempts: the lease of ' || coalesce(lease_holder, '?') || ' ran out each time (the worker stopped or was lost)',
                lease_holder = NULL, lease_expires = NULL
            WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_expires < now() AND attempts >= max_attempts FOR UPDATE SKIP LOCKED)
            RETURNING key, reason;
            """))
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                parked.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        foreach (var (key, reason) in parked)
        {
            await using var etag = PostgresDatabase.Command(connection, transaction, "SELECT etag FROM assets WHERE key = @key;");
            etag.Parameters.AddWithValue("key", key);
            var current = await etag.ExecuteScalarAsync(cancellationToken) as string ?? string.Empty;
            await PostgresIngestionLedger.MarkFailedAsync(connection, transaction, key, current, reason, DateTimeOffset.UtcNow, cancellationToken);
        }
    }

    /// <summary>Row-locks the job if it still carries the lease; the lock holds until the caller's commit.</summary>
    private static async Task<bool> LockFenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, JobLease lease, CancellationToken cancellationToken)
    {
        await using var command = FencedCommand(connection, transaction, $"SELECT id FROM jobs WHERE {Fence} FOR UPDATE;", lease);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, JobLease lease, string state, string? reason, CancellationToken cancellationToken)
    {
        await using var command = FencedCommand(connection, transaction,
            $"UPDATE jobs SET state = @state, reason = @reason, finished_at = now(), lease_holder = NULL, lease_expires = NULL WHERE {Fence};", lease);
        command.Parameters.AddWithValue("state", state);
        command.Parameters.AddWithValue("reason", NpgsqlTypes.NpgsqlDbType.Text, (object?)reason ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand FencedCommand(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, JobLease lease)
    {
        var command = PostgresDatabase.Command(connection, transaction, sql);
        JobRows.AddFence(command, lease);
        return command;
    }

    private static DateTimeOffset ReadTime(System.Data.Common.DbDataReader rows, int column) => rows.GetFieldValue<DateTimeOffset>(column);
}
