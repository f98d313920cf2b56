using AssetBank.Catalog.Relational;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Reuse;

/// <summary>
/// Projects and the reuse ledger in a PostgreSQL catalog. Both tables refuse UPDATE and DELETE by trigger; every write
/// holds one advisory lock, so a decision made on the state read in the transaction (a line's shares stay within
/// 100 %, the next brief version) holds across processes as it does under the embedded catalog's write lock.
/// </summary>
public sealed class PostgresReuseLedger(PostgresDatabase database) : IReuseLedger
{
    private const string LockScope = "assetbank:reuse-ledger";

    public Task<ProjectState> SaveBriefAsync(ProjectBrief brief, string who, DateTimeOffset at, Action<ProjectState?> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(check);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await PostgresWriteLocks.LockAsync(connection, transaction, LockScope, cancellationToken);
            var previous = await ReadStateAsync(connection, brief.Code, cancellationToken);
            var json = PostgresJson.Serialize(brief)!;
            if (previous is not null && string.Equals(PostgresJson.Serialize(previous.Brief), json, StringComparison.Ordinal))
            {
                return previous;
            }

            check(previous);
            var version = (previous?.BriefVersion ?? 0) + 1;
            await using (var insert = PostgresDatabase.Command(connection, transaction,
                "INSERT INTO project_briefs (code, version, brief_json, saved_by, saved_at) VALUES (@code, @version, @json, @who, @at);"))
            {
                insert.Parameters.AddWithValue("code", brief.Code);
                insert.Parameters.AddWithValue("version", version);
                insert.Parameters.AddWithValue("json", json);
                insert.Parameters.AddWithValue("who", who);
                insert.Parameters.AddWithValue("at", PostgresRows.Format(at));
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
            return (await ReadStateAsync(connection, brief.Code, cancellationToken))!;
        }, cancellationToken);
    }

    public async Task<ProjectState?> GetProjectAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadStateAsync(connection, code, cancellationToken);
    }

    public Task<IReadOnlyList<ReuseLedgerEntry>> AppendAsync(string code, Func<ProjectState, IReadOnlyList<ReuseLedgerEntry>> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return database.WriteAsync<IReadOnlyList<ReuseLedgerEntry>>(async (connection, transaction) =>
        {
            await PostgresWriteLocks.LockAsync(connection, transaction, LockScope, cancellationToken);
            var state = await ReadStateAsync(connection, code, cancellationToken)
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
        await using (var command = PostgresDatabase.Command(connection, null,
            // The embedded catalog's NOCASE order: ASCII folded to lower case, then bytes.
            "SELECT code FROM (SELECT DISTINCT code FROM project_briefs) p ORDER BY lower(code) COLLATE \"C\";"))
        {
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

    private static async Task<ProjectState?> ReadStateAsync(NpgsqlConnection connection, string code, CancellationToken cancellationToken)
    {
        ProjectBrief? brief;
        int version;
        await using (var command = PostgresDatabase.Command(connection, null, "SELECT version, brief_json FROM project_briefs WHERE code = @code ORDER BY version DESC LIMIT 1;"))
        {
            command.Parameters.AddWithValue("code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            version = reader.GetInt32(0);
            brief = PostgresJson.Deserialize<ProjectBrief>(reader.GetString(1))
                ?? throw new CatalogException("project_briefs", $"project {code}: brief version {version} is empty");
        }

        var entries = new List<ReuseLedgerEntry>();
        await using (var command = PostgresDatabase.Command(connection, null, $"SELECT {ReuseLedgerRows.Columns} FROM reuse_ledger WHERE project_code = @code ORDER BY id;"))
        {
            command.Parameters.AddWithValue("code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(ReuseLedgerRows.Read(reader));
            }
        }

        return new ProjectState(brief, version, entries);
    }

    private static async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReuseLedgerEntry e, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, """
            INSERT INTO reuse_ledger (project_code, action, who, role, at, line_id, asset_id, asset_key, shot_index, start_seconds, end_seconds, share, refers_to, reason, before, after)
            VALUES (@code, @action, @who, @role, @at, @line, @asset, @key, @shot, @start, @end, @share, @refers, @reason, @before, @after)
            RETURNING id;
            """);
        command.Parameters.AddWithValue("code", e.ProjectCode);
        command.Parameters.AddWithValue("action", e.Action.ToString());
        command.Parameters.AddWithValue("who", e.Who);
        PostgresParameters.Add(command, "role", NpgsqlDbType.Text, e.Role);
        command.Parameters.AddWithValue("at", PostgresRows.Format(e.At));
        PostgresParameters.Add(command, "line", NpgsqlDbType.Text, e.LineId);
        PostgresParameters.Add(command, "asset", NpgsqlDbType.Bigint, e.AssetId);
        PostgresParameters.Add(command, "key", NpgsqlDbType.Text, e.AssetKey);
        PostgresParameters.Add(command, "shot", NpgsqlDbType.Integer, e.ShotIndex);
        PostgresParameters.Add(command, "start", NpgsqlDbType.Double, e.StartSeconds);
        PostgresParameters.Add(command, "end", NpgsqlDbType.Double, e.EndSeconds);
        PostgresParameters.Add(command, "share", NpgsqlDbType.Text, e.Share?.ToString(CultureInfo.InvariantCulture));
        PostgresParameters.Add(command, "refers", NpgsqlDbType.Bigint, e.RefersTo);
        PostgresParameters.Add(command, "reason", NpgsqlDbType.Text, e.Reason);
        PostgresParameters.Add(command, "before", NpgsqlDbType.Text, e.Before);
        PostgresParameters.Add(command, "after", NpgsqlDbType.Text, e.After);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
