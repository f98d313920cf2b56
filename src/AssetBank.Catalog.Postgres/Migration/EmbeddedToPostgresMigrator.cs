using System.Globalization;
using AssetBank.Core.CatalogMigration;
using AssetBank.Core.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Migration;

/// <summary>
/// Copies an embedded catalog file into an empty PostgreSQL catalog with binary COPY, table by table, then reads both
/// sides again and compares row counts and checksums. Runs under the data folder's writer lock (the caller's), so
/// the source does not change while it is read.
/// </summary>
/// <param name="sourcePath">The embedded catalog file.</param>
/// <param name="prepareSource">Brings the source to this build's schema first (the embedded catalog's own migration).</param>
public sealed class EmbeddedToPostgresMigrator(string sourcePath, Func<CancellationToken, Task> prepareSource) : ICatalogMigrator
{
    // Parents before children (foreign keys are checked row by row); any other table follows in name order.
    private static readonly string[] FirstTables =
    [
        "assets", "asset_derived", "shots", "asset_tags", "human_tag_edits", "collections", "reference_libraries", "video_references",
    ];

    // Rows the PostgreSQL migrations insert themselves; the copy replaces them.
    private static readonly string[] SingletonTables = ["catalog_sequence", "similarity_cursor"];

    private const int ProgressEvery = 2000;

    public async Task<CatalogMigrationReport> MigrateAsync(string targetConnectionString, IProgress<CatalogMigrationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetConnectionString);
        var source = Path.GetFullPath(sourcePath);
        if (!File.Exists(source))
        {
            throw new CatalogException(source, "there is no embedded catalog here to migrate");
        }

        await prepareSource(cancellationToken);
        await using var target = new PostgresDatabase(targetConnectionString);
        await target.InitializeAsync(cancellationToken);
        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await sqlite.OpenAsync(cancellationToken);
        await using var postgres = await target.OpenAsync(cancellationToken);

        var tables = await SourceTablesAsync(sqlite, cancellationToken);
        var targetColumns = await TargetColumnsAsync(postgres, cancellationToken);
        var missing = tables.Where(t => !targetColumns.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new CatalogException(target.Location, $"the PostgreSQL schema of this build has no table for {string.Join(", ", missing)} (in {source}); nothing was copied");
        }

        await RefuseNonEmptyAsync(postgres, tables, target.Location, cancellationToken);
        var plan = new List<(string Table, IReadOnlyList<(string Name, string Type)> Columns)>();
        foreach (var table in tables)
        {
            var sourceColumns = await SourceColumnsAsync(sqlite, table, cancellationToken);
            var unknown = sourceColumns.Where(c => !targetColumns[table].ContainsKey(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new CatalogException(target.Location, $"table {table}: the PostgreSQL schema has no column {string.Join(", ", unknown)}; nothing was copied");
            }

            plan.Add((table, sourceColumns.Select(c => (c, targetColumns[table][c])).ToList()));
        }

        await using (var transaction = await postgres.BeginTransactionAsync(cancellationToken))
        {
            foreach (var table in SingletonTables.Where(tables.Contains))
            {
                await PostgresDatabase.ExecuteAsync(postgres, transaction, $"DELETE FROM {table};", cancellationToken);
            }

            foreach (var (table, columns) in plan)
            {
                await CopyTableAsync(sqlite, postgres, table, columns, progress, cancellationToken);
                if (columns.Any(c => c.Name == "id"))
                {
                    await PostgresDatabase.ExecuteAsync(postgres, transaction,
                        $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce((SELECT max(id) FROM {table}), 0) + 1, false) WHERE pg_get_serial_sequence('{table}', 'id') IS NOT NULL;",
                        cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var copies = new List<CatalogTableCopy>();
        foreach (var (table, columns) in plan)
        {
            var names = string.Join(", ", columns.Select(c => c.Name));
            var before = await ChecksumAsync(sqlite.CreateCommand(), $"SELECT {names} FROM {table};", cancellationToken);
            var after = await ChecksumAsync(new NpgsqlCommand($"SELECT {names} FROM {table};", postgres), $"SELECT {names} FROM {table};", cancellationToken);
            copies.Add(new CatalogTableCopy(table, before.Rows, after.Rows, before.Value, after.Value));
        }

        return new CatalogMigrationReport(source, target.Location, copies);
    }

    private static async Task CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection postgres, string table, IReadOnlyList<(string Name, string Type)> columns, IProgress<CatalogMigrationProgress>? progress, CancellationToken cancellationToken)
    {
        long total;
        await using (var count = sqlite.CreateCommand())
        {
            count.CommandText = $"SELECT count(*) FROM {table};";
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var read = sqlite.CreateCommand();
        // Row order: an entry that refers to an earlier one of its table (reuse corrections) arrives after it.
        read.CommandText = $"SELECT {names} FROM {table} ORDER BY rowid;";
        await using var rows = await read.ExecuteReaderAsync(cancellationToken);
        await using var importer = await postgres.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long copied = 0;
        while (await rows.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteValueAsync(importer, rows.IsDBNull(i) ? null : rows.GetValue(i), columns[i], table, copied, cancellationToken);
            }

            if (++copied % ProgressEvery == 0)
            {
                progress?.Report(new CatalogMigrationProgress(table, copied, total));
            }
        }

        await importer.CompleteAsync(cancellationToken);
        progress?.Report(new CatalogMigrationProgress(table, copied, total));
    }

    private static async Task WriteValueAsync(NpgsqlBinaryImporter importer, object? value, (string Name, string Type) column, string table, long row, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
            return;
        }

        try
        {
            switch (column.Type)
            {
                case "bigint":
                    await importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken);
                    break;
                case "integer":
                    await importer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken);
                    break;
                case "double precision":
                    await importer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken);
                    break;
                case "bytea":
                    await importer.WriteAsync((byte[])value, NpgsqlDbType.Bytea, cancellationToken);
                    break;
                default:
                    await importer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken);
                    break;
            }
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new CatalogException($"{table} row {row + 1}", $"column {column.Name}: the value '{value}' does not fit PostgreSQL type {column.Type} ({e.Message})", e);
        }
    }

    private static async Task<RowChecksum> ChecksumAsync(System.Data.Common.DbCommand command, string sql, CancellationToken cancellationToken)
    {
        await using (command)
        {
            command.CommandText = sql;
            var checksum = new RowChecksum();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var values = new object?[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                checksum.Add(values);
            }

            return checksum;
        }
    }

    private static async Task<List<string>> SourceTablesAsync(SqliteConnection sqlite, CancellationToken cancellationToken)
    {
        await using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return [.. FirstTables.Where(names.Contains), .. names.Where(n => !FirstTables.Contains(n))];
    }

    private static async Task<List<string>> SourceColumnsAsync(SqliteConnection sqlite, string table, CancellationToken cancellationToken)
    {
        await using var command = sqlite.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid;";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<Dictionary<string, Dictionary<string, string>>> TargetColumnsAsync(NpgsqlConnection postgres, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema();", postgres);
        var tables = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            columns[reader.GetString(1)] = reader.GetString(2);
        }

        return tables;
    }

    private static async Task RefuseNonEmptyAsync(NpgsqlConnection postgres, IEnumerable<string> tables, string location, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Where(t => !SingletonTables.Contains(t)))
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table});", postgres);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                throw new CatalogException(location, $"table {table} already holds rows; migrate into an empty database (nothing was copied)");
            }
        }
    }
}
