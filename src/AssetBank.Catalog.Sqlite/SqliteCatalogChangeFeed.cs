using System.Globalization;
using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Sqlite;

/// <summary>The change sequence of the embedded catalog: each asset row carries the number of its latest change.</summary>
public sealed class SqliteCatalogChangeFeed(SqliteDatabase database) : ICatalogChangeFeed
{
    public async Task<long> GetCurrentSequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM catalog_sequence WHERE id = 1;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
    }

    public async Task<CatalogChangeBatch> GetChangesAsync(long afterSequence, int maxAssets, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAssets, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, change_seq FROM assets WHERE change_seq > $after ORDER BY change_seq LIMIT $limit;";
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", maxAssets + 1);
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
