using AssetBank.Catalog.Relational;
using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Reuse;

/// <summary>
/// Projects and the reuse ledger in the embedded catalog. Both tables refuse UPDATE and DELETE by trigger, so even a
/// hand-written SQL statement cannot rewrite history.
/// </summary>
public sealed class SqliteReuseLedger(SqliteDatabase database) : IReuseLedger
{

    public Task<ProjectState> SaveBriefAsync(ProjectBrief brief, string who, DateTimeOffset at, Action<ProjectState?> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(check);
        return database.WriteAsync(async (connection, transaction) =>
        {
            var previous = await ReadStateAsync(connection, transaction, brief.Code, cancellationToken);
            var json = CatalogJson.Serialize(brief)!;
            if (previous is not null && string.Equals(CatalogJson.Serialize(previous.Brief), json, StringComparison.Ordinal))
            {
                return previous;
            }

            check(previous);
            var version = (previous?.BriefVersion ?? 0) + 1;
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO project_briefs (code, version, brief_json, saved_by, saved_at) VALUES ($code, $version, $json, $who, $at);";
                insert.Parameters.AddWithValue("$code", brief.Code);
                insert.Parameters.AddWithValue("$version", version);
                insert.Parameters.AddWithValue("$json", json);
                insert.Parameters.AddWithValue("$who", who);
                insert.Parameters.AddWithValue("$at", AssetRows.Format(at));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await InsertAsync(connection, transaction, new ReuseLedgerEntry
            {
                ProjectCode = brief.Code,
                Action = ReuseLedgerAction.BriefSaved,
                Who = who,
                At = at,
                Before = previous is null ? null : "v" + previous.BriefVersion.ToString(CultureInfo.InvariantCulture),
                After = "v" + version.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken);
            return (await ReadStateAsync(connection, transaction, brief.Code, cancellationToken))!;
        }, cancellationToken);
    }

    public async Task<ProjectState?> GetProjectAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadStateAsync(connection, null, code, cancellationToken);
    }

    public Task<IReadOnlyList<ReuseLedgerEntry>> AppendAsync(string code, Func<ProjectState, IReadOnlyList<ReuseLedgerEntry>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return database.WriteAsync<IReadOnlyList<ReuseLedgerEntry>>(async (connection, transaction) =>
        {
            var state = await ReadStateAsync(connection, transaction, code, cancellationToken)
                ?? throw new RequestRejectedException($"项目 {code}", "is not registered; run `assetbank kickoff BRIEF` first");
            var appended = new List<ReuseLedgerEntry>();
            foreach (var draft in decide(state))
            {
                appended.Add(draft with { Id = await InsertAsync(connection, transaction, draft with { ProjectCode = state.Brief.Code }, cancellationToken) });
            }

            return appended;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<ProjectState> ListProjectsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var codes = new List<string>();
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT code FROM project_briefs ORDER BY code;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                codes.Add(reader.GetString(0));
            }
        }

        foreach (var code in codes)
        {
            if (await GetProjectAsync(code, cancellationToken) is { } state)
            {
                yield return state;
            }
        }
    }

    private static async Task<ProjectState?> ReadStateAsync(SqliteConnection connection, SqliteTransaction? transaction, string code, CancellationToken cancellationToken)
    {
        ProjectBrief? brief;
        int version;
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT version, brief_json FROM project_briefs WHERE code = $code ORDER BY version DESC LIMIT 1;";
            command.Parameters.AddWithValue("$code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            version = reader.GetInt32(0);
            brief = CatalogJson.Deserialize<ProjectBrief>(reader.GetString(1))
                ?? throw new CatalogException(connection.DataSource, $"project {code}: brief version {version} is empty");
        }

        var entries = new List<ReuseLedgerEntry>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {ReuseLedgerRows.Columns} FROM reuse_ledger WHERE project_code = $code ORDER BY id;";
            command.Parameters.AddWithValue("$code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(ReuseLedgerRows.Read(reader));
            }
        }

        return new ProjectState(brief, version, entries);
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, ReuseLedgerEntry e, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO reuse_ledger (project_code, action, who, role, at, line_id, asset_id, asset_key, shot_index, start_seconds, end_seconds, share, refers_to, reason, before, after)
            VALUES ($code, $action, $who, $role, $at, $line, $asset, $key, $shot, $start, $end, $share, $refers, $reason, $before, $after)
            RETURNING id;
            """;
        static object Db(object? value) => value ?? DBNull.Value;
        command.Parameters.AddWithValue("$code", e.ProjectCode);
        command.Parameters.AddWithValue("$action", e.Action.ToString());
        command.Parameters.AddWithValue("$who", e.Who);
        command.Parameters.AddWithValue("$role", Db(e.Role));
        command.Parameters.AddWithValue("$at", AssetRows.Format(e.At));
        command.Parameters.AddWithValue("$line", Db(e.LineId));
        command.Parameters.AddWithValue("$asset", Db(e.AssetId));
        command.Parameters.AddWithValue("$key", Db(e.AssetKey));
        command.Parameters.AddWithValue("$shot", Db(e.ShotIndex));
        command.Parameters.AddWithValue("$start", Db(e.StartSeconds));
        command.Parameters.AddWithValue("$end", Db(e.EndSeconds));
        command.Parameters.AddWithValue("$share", Db(e.Share?.ToString(CultureInfo.InvariantCulture)));
        command.Parameters.AddWithValue("$refers", Db(e.RefersTo));
        command.Parameters.AddWithValue("$reason", Db(e.Reason));
        command.Parameters.AddWithValue("$before", Db(e.Before));
        command.Parameters.AddWithValue("$after", Db(e.After));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
