using System.Globalization;
using AssetBank.Core.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AssetBank.Catalog.Sqlite;

/// <summary>
/// The one owner of the catalog file: connections, schema migration and a quick integrity check (once per process), and
/// the one write lock.
/// </summary>
/// <remarks>
/// Readers use pooled connections concurrently; writers are serialised in-process by one lock so that concurrent
/// ingestion workers never meet SQLITE_BUSY, and each write is one transaction. Other processes are kept out by the
/// data folder's writer lock (see the application layer); SQLite's own locking is the last line.
/// </remarks>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public SqliteDatabase(IOptions<SqliteCatalogOptions> options)
        : this(options?.Value.Path ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>Creates or migrates the schema and runs SQLite's quick check; once per process.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            var folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenRawAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            var current = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
            var latest = Migrations.All[^1].Version;
            if (current > latest)
            {
                throw new CatalogException(DatabasePath, $"schema version {current} is newer than this build knows ({latest}); upgrade AssetBank");
            }

            if (current > 0)
            {
                var problems = await IntegrityProblemsAsync(connection, "PRAGMA quick_check(20);", cancellationToken);
                if (problems.Count > 0)
                {
                    throw new CatalogException(DatabasePath, $"the database file is damaged ({string.Join("; ", problems.Take(3))}); run `assetbank check` to see what is affected, and restore the catalog from a backup");
                }
            }

            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                foreach (var migration in Migrations.All.Where(m => m.Version > current))
                {
                    // BEGIN IMMEDIATE, then read the version again: another process opening the same new catalog
                    // at the same moment may have applied this step while this one waited for the lock.
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    var applied = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken, transaction), CultureInfo.InvariantCulture);
                    if (applied >= migration.Version)
                    {
                        continue;
                    }

                    await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction);
                    await ExecuteAsync(connection, $"PRAGMA user_version = {migration.Version};", cancellationToken, transaction);
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                _writeLock.Release();
            }

            _initialized = true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            throw new CatalogException(DatabasePath, $"the database file is damaged ({e.Message}); run `assetbank check` to see what is affected, and restore the catalog from a backup", e);
        }
        catch (SqliteException e)
        {
            throw new CatalogException(DatabasePath, $"cannot open or migrate the database: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException(DatabasePath, $"cannot create the database: {e.Message}", e);
        }
        finally
        {
            _initGate.Release();
        }
    }

    /// <summary>Opens a connection to a catalog that is known to be migrated (migrating it on first use).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> in one transaction under the write lock.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await InitializeAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenRawAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException e)
        {
            throw new CatalogException(DatabasePath, $"write failed: {e.Message}", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return WriteAsync<bool>(async (c, t) =>
        {
            await write(c, t);
            return true;
        }, cancellationToken);
    }

    /// <summary>SQLite's full integrity check, without migrating (so a damaged file can still be examined).</summary>
    public async Task<IReadOnlyList<string>> IntegrityCheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenRawAsync(cancellationToken);
            return await IntegrityProblemsAsync(connection, "PRAGMA integrity_check(100);", cancellationToken);
        }
        catch (SqliteException e)
        {
            return [e.Message];
        }
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        _initGate.Dispose();
        SqliteConnection.ClearAllPools();
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<List<string>> IntegrityProblemsAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        var problems = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var line = reader.GetString(0);
            if (!string.Equals(line, "ok", StringComparison.Ordinal))
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL + NORMAL: a process crash (kill -9) loses nothing committed; only a power cut can lose the last
            // commits, which a re-run of discovery restores. FULL would fsync every item and cap ingest at ~200/s.
            await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
