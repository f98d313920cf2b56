using AssetBank.Catalog.Relational;
using System.Globalization;
using AssetBank.Core.Similarity;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Similarity;

/// <summary>Copyright alarms, the per-asset check record and the check's cursor in the embedded catalog.</summary>
public sealed class SqliteAlarmStore(SqliteDatabase database) : IAlarmStore
{
    public Task RecordCheckAsync(long assetId, string etag, string referenceVersion, IReadOnlyList<CopyrightAlarm> alarms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM similarity_alarms WHERE asset_id = $asset AND status = 'Open';", ("$asset", assetId), cancellationToken);
            foreach (var alarm in alarms)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"""
                    INSERT INTO similarity_alarms ({SimilarityRows.AlarmColumns[4..]})
                    VALUES ($asset, $key, $shot, $start, $end, $modality, $percent, $reference, $library, $licence, $item, $qregion, $rregion, $mirrored, $ai, $raised, 'Open', NULL, NULL, NULL, $passages, $rstart, $rend);
                    """;
                insert.Parameters.AddWithValue("$asset", alarm.AssetId);
                insert.Parameters.AddWithValue("$key", alarm.AssetKey);
                insert.Parameters.AddWithValue("$shot", (object?)alarm.ShotIndex ?? DBNull.Value);
                insert.Parameters.AddWithValue("$start", (object?)alarm.StartSeconds ?? DBNull.Value);
                insert.Parameters.AddWithValue("$end", (object?)alarm.EndSeconds ?? DBNull.Value);
                insert.Parameters.AddWithValue("$modality", alarm.Modality);
                insert.Parameters.AddWithValue("$percent", alarm.Percent);
                insert.Parameters.AddWithValue("$reference", alarm.ReferenceId);
                insert.Parameters.AddWithValue("$library", alarm.Library);
                insert.Parameters.AddWithValue("$licence", alarm.Licence);
                insert.Parameters.AddWithValue("$item", alarm.ReferenceItem);
                insert.Parameters.AddWithValue("$qregion", (object?)SimilarityRows.FormatRegion(alarm.QueryRegion) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$rregion", (object?)SimilarityRows.FormatRegion(alarm.ReferenceRegion) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$mirrored", alarm.Mirrored ? 1 : 0);
                insert.Parameters.AddWithValue("$ai", alarm.AiGenerated ? 1 : 0);
                insert.Parameters.AddWithValue("$raised", AssetRows.Format(alarm.RaisedAt));
                insert.Parameters.AddWithValue("$passages", (object?)SimilarityRows.FormatPassages(alarm.Passages) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$rstart", (object?)alarm.ReferenceStartSeconds ?? DBNull.Value);
                insert.Parameters.AddWithValue("$rend", (object?)alarm.ReferenceEndSeconds ?? DBNull.Value);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = """
                INSERT INTO similarity_checks (asset_id, etag, reference_version, checked_at) VALUES ($asset, $etag, $version, $at)
                ON CONFLICT(asset_id) DO UPDATE SET etag = excluded.etag, reference_version = excluded.reference_version, checked_at = excluded.checked_at;
                """;
            check.Parameters.AddWithValue("$asset", assetId);
            check.Parameters.AddWithValue("$etag", etag);
            check.Parameters.AddWithValue("$version", referenceVersion);
            check.Parameters.AddWithValue("$at", AssetRows.Format(DateTimeOffset.UtcNow));
            await check.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<bool> WasCheckedAsync(long assetId, string etag, string referenceVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM similarity_checks WHERE asset_id = $asset AND etag = $etag AND reference_version = $version;";
        command.Parameters.AddWithValue("$asset", assetId);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$version", referenceVersion);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<IReadOnlyList<CopyrightAlarm>> ListAsync(AlarmStatus? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = status is null
            ? $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms ORDER BY id DESC LIMIT $limit;"
            : $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms WHERE status = $status ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 100_000));
        if (status is { } wanted)
        {
            command.Parameters.AddWithValue("$status", wanted.ToString());
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SimilarityRows.AlarmColumns} FROM similarity_alarms WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SimilarityRows.ReadAlarm(reader) : null;
    }

    public Task<bool> DecideAsync(long id, AlarmStatus decision, string who, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE similarity_alarms SET status = $status, decided_by = $who, decided_at = $at, reason = $reason WHERE id = $id AND status = 'Open';";
            command.Parameters.AddWithValue("$status", decision.ToString());
            command.Parameters.AddWithValue("$who", who);
            command.Parameters.AddWithValue("$at", AssetRows.Format(at));
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<long> CursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence FROM similarity_cursor WHERE id = 1;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }

    public Task SetCursorAsync(long sequence, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) =>
            ExecuteAsync(connection, transaction, "UPDATE similarity_cursor SET sequence = $value WHERE id = 1;", ("$value", sequence), cancellationToken), cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value) parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
