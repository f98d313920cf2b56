using AssetBank.Catalog.Relational;
using System.Data.Common;
using System.Globalization;
using AssetBank.Core.Similarity;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Similarity;

/// <summary>Copyright alarms, the per-asset check record and the check's cursor in a PostgreSQL catalog.</summary>
public sealed class PostgresAlarmStore(PostgresDatabase database) : IAlarmStore
{
    public Task RecordCheckAsync(long assetId, string etag, string referenceVersion, IReadOnlyList<CopyrightAlarm> alarms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // Two checks of one asset at once (two workers) must not both keep their alarms: one replaces the other's.
            await PostgresWriteLocks.LockAsync(connection, transaction, "assetbank:similarity-check:" + assetId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            await using (var delete = PostgresDatabase.Command(connection, transaction, "DELETE FROM similarity_alarms WHERE asset_id = @asset AND status = 'Open';"))
            {
                delete.Parameters.AddWithValue("asset", assetId);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var alarm in alarms)
            {
                await using var insert = PostgresDatabase.Command(connection, transaction, $"""
                    INSERT INTO similarity_alarms ({SimilarityRows.AlarmColumns[4..]})
                    VALUES (@asset, @key, @shot, @start, @end, @modality, @percent, @reference, @library, @licence, @item, @qregion, @rregion, @mirrored, @ai, @raised, 'Open', NULL, NULL, NULL, @passages, @rstart, @rend);
                    """);
                insert.Parameters.AddWithValue("asset", alarm.AssetId);
                insert.Parameters.AddWithValue("key", alarm.AssetKey);
                PostgresParameters.Add(insert, "shot", NpgsqlDbType.Integer, alarm.ShotIndex);
                PostgresParameters.Add(insert, "start", NpgsqlDbType.Double, alarm.StartSeconds);
                PostgresParameters.Add(insert, "end", NpgsqlDbType.Double, alarm.EndSeconds);
                insert.Parameters.AddWithValue("modality", alarm.Modality);
                insert.Parameters.AddWithValue("percent", alarm.Percent);
                insert.Parameters.AddWithValue("reference", alarm.ReferenceId);
                insert.Parameters.AddWithValue("library", alarm.Library);
                insert.Parameters.AddWithValue("licence", alarm.Licence);
                insert.Parameters.AddWithValue("item", alarm.ReferenceItem);
                PostgresParameters.Add(insert, "qregion", NpgsqlDbType.Text, SimilarityRows.FormatRegion(alarm.QueryRegion));
                PostgresParameters.Add(insert, "rregion", NpgsqlDbType.Text, SimilarityRows.FormatRegion(alarm.ReferenceRegion));
                insert.Parameters.AddWithValue("mirrored", alarm.Mirrored ? 1 : 0);
                insert.Parameters.AddWithValue("ai", alarm.AiGenerated ? 1 : 0);
                insert.Parameters.AddWithValue("raised", PostgresRows.Format(alarm.RaisedAt));
                PostgresParameters.Add(insert, "passages", NpgsqlDbType.Text, SimilarityRows.FormatPassages(alarm.Passages));
                PostgresParameters.Add(insert, "rstart", NpgsqlDbType.Double, alarm.ReferenceStartSeconds);
                PostgresParameters.Add(insert, "rend", NpgsqlDbType.Double, alarm.ReferenceEndSeconds);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var check = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO similarity_checks (asset_id, etag, reference_version, checked_at) VALUES (@asset, @etag, @version, @at)
                ON CONFLICT (asset_id) DO UPDATE SET etag = excluded.etag, reference_version = excluded.reference_version, checked_at = excluded.checked_at;
                """);
            check.Parameters.AddWithValue("asset", assetId);
            check.Parameters.AddWithValue("etag", etag);
            check.Parameters.AddWithValue("version", referenceVersion);
            check.Parameters.AddWithValue("at", PostgresRows.Format(DateTimeOffset.UtcNow));
            await check.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<bool> WasCheckedAsync(long assetId, string etag, string referenceVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT EXISTS (SELECT 1 FROM similarity_checks WHERE asset_id = @asset AND etag = @etag AND reference_version = @version);");
        command.Parameters.AddWithValue("asset", assetId);
        command.Parameters.AddWithValue("etag", etag);
        command.Parameters.AddWithValue("version", referenceVersion);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task<IReadOnlyList<CopyrightAlarm>> ListAsync(AlarmStatus? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, status is null
            ? $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms ORDER BY id DESC LIMIT @limit;"
            : $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms WHERE status = @status ORDER BY id DESC LIMIT @limit;");
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 100_000));
        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("status", wanted.ToString());
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alarms = new List<CopyrightAlarm>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alarms.Add(SimilarityRows.ReadAlarm(reader));
        }

        return alarms;
    }

    public async Task<CopyrightAlarm?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms WHERE id = @id;");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SimilarityRows.ReadAlarm(reader) : null;
    }

    public Task<bool> DecideAsync(long id, AlarmStatus decision, string who, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            // The row lock of the UPDATE re-checks status after a concurrent decision commits: only one decision wins.
            await using var command = PostgresDatabase.Command(connection, transaction,
                "UPDATE similarity_alarms SET status = @status, decided_by = @who, decided_at = @at, reason = @reason WHERE id = @id AND status = 'Open';");
            command.Parameters.AddWithValue("status", decision.ToString());
            command.Parameters.AddWithValue("who", who);
            command.Parameters.AddWithValue("at", PostgresRows.Format(at));
            command.Parameters.AddWithValue("reason", reason);
            command.Parameters.AddWithValue("id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<long> CursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT sequence FROM similarity_cursor WHERE id = 1;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }

    public Task SetCursorAsync(long sequence, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, "UPDATE similarity_cursor SET sequence = @value WHERE id = 1;");
            command.Parameters.AddWithValue("value", sequence);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
