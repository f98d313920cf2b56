using AssetBank.Core.Errors;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetBank.Catalog.Postgres;

/// <summary>
/// The one owner of a PostgreSQL catalog: the connection pool, schema migration (once per process, serialised across
/// processes by an advisory lock) and write transactions.
/// </summary>
/// <remarks>
/// Unlike the embedded catalog there is no in-process write lock: many processes write at once and PostgreSQL's row
/// locks order them. Times are stored as ISO-8601 text, as in the embedded catalog, so that `catalog migrate` copies
/// rows verbatim and both providers compare equal value by value.
/// </remarks>
public sealed class PostgresDatabase : IDisposable, IAsyncDisposable
{
    // An arbitrary constant: the key of the advisory lock that serialises schema migration between processes.
    private const long MigrationLockKey = 0x4173_7365_7442_616E;
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public PostgresDatabase(IOptions<PostgresCatalogOptions> options)
        : this(options?.Value.ConnectionString ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Where the catalog lives, without credentials (for messages).</summary>
    public string Location { get; }

    /// <summary>Creates or migrates the schema; once per process.</summary>
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

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey});", cancellationToken);
            await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);", cancellationToken);
            await using (var read = new NpgsqlCommand("SELECT version FROM schema_version WHERE id = 1;", connection, transaction))
            {
                var current = await read.ExecuteScalarAsync(cancellationToken) is int v ? v : 0;
                var latest = PostgresMigrations.All[^1].Version;
                if (current > latest)
                {
                    throw new CatalogException(Location, $"schema version {current} is newer than this build knows ({latest}); upgrade AssetBank");
                }

                foreach (var migration in PostgresMigrations.All.Where(m => m.Version > current))
                {
                    await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                    await ExecuteAsync(connection, transaction, $"INSERT INTO schema_version (id, version) VALUES (1, {migration.Version}) ON CONFLICT (id) DO UPDATE SET version = excluded.version;", cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            _initialized = true;
        }
        catch (NpgsqlException e)
        {
            throw new CatalogException(Location, $"cannot open or migrate the database: {e.Message}", e);
        }
        finally
        {
            _initGate.Release();
        }
    }

    /// <summary>Opens a pooled connection to a migrated catalog (migrating it on first use).</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw new CatalogException(Location, $"cannot connect: {e.Message}", e);
        }
    }

    /// <summary>Runs <paramref name="write"/> in one transaction.</summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (NpgsqlException e)
        {
            throw new CatalogException(Location, $"write failed: {e.Message}", e);
        }
    }

    public Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return WriteAsync<bool>(async (c, t) =>
        {
            await write(c, t);
            return true;
        }, cancellationToken);
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _initGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _initGate.Dispose();
    }

    internal static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql) =>
        new(sql, connection, transaction);

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
