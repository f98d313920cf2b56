using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Postgres;

/// <summary>The change sequence of a PostgreSQL catalog: each asset row carries the number of its latest change.</summary>
public sealed class PostgresCatalogChangeFeed(PostgresDatabase database) : ICatalogChangeFeed
{
    public async Task<long> GetCurrentSequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT value FROM catalog_sequence WHERE id = 1;");
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0L;
    }

    public async Task<CatalogChangeBatch> GetChangesAsync(long afterSequence, int maxAssets, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAssets, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT id, change_seq FROM assets WHERE change_seq > @after ORDER BY change_seq LIMIT @limit;");
        command.Parameters.AddWithValue("after", afterSequence);
        command.Parameters.AddWithValue("limit", maxAssets + 1);
        var ids = new List<long>();
        var through = afterSequence;
        var more = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (ids.Count == maxAssets)
            {
                more = true;
                break;
            }

            ids.Add(reader.GetInt64(0));
            through = reader.GetInt64(1);
        }

        return new CatalogChangeBatch(ids, through, more);
    }
}
