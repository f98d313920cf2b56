using System.Runtime.CompilerServices;
using AssetBank.Catalog.Relational;
using AssetBank.Core.Similarity;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Similarity;

/// <summary>Reference texts of copy libraries (<c>copy_reference_items</c>), beside the pictures.</summary>
public sealed partial class PostgresReferenceLibraries
{
    public Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownCopyAsync(string library, CancellationToken cancellationToken) =>
        KnownAsync("copy_reference_items", library, cancellationToken);

    public Task PutCopyAsync(string library, IReadOnlyList<ReferenceCopy> copies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copies);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO copy_reference_items (library, item_id, size, modified, signature, text) VALUES (@library, @item, @size, @modified, @signature, @text)
                ON CONFLICT (library, item_id) DO UPDATE SET size = excluded.size, modified = excluded.modified, signature = excluded.signature, text = excluded.text;
                """);
            command.Parameters.AddWithValue("library", library);
            var item = command.Parameters.Add("item", NpgsqlDbType.Text);
            var size = command.Parameters.Add("size", NpgsqlDbType.Bigint);
            var modified = command.Parameters.Add("modified", NpgsqlDbType.Text);
            var signature = command.Parameters.Add("signature", NpgsqlDbType.Bytea);
            var text = command.Parameters.Add("text", NpgsqlDbType.Text);
            foreach (var copy in copies)
            {
                item.Value = copy.ItemId;
                size.Value = copy.Size;
                modified.Value = PostgresRows.Format(copy.Modified);
                signature.Value = copy.Signature;
                text.Value = copy.Text;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveCopyAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        RemoveAsync("copy_reference_items", library, itemIds, cancellationToken);

    public async IAsyncEnumerable<ReferenceCopy> StreamCopyAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT id, library, item_id, size, modified, signature FROM copy_reference_items ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SimilarityRows.ReadCopy(reader, withText: false);
        }
    }

    public async Task<ReferenceCopy?> GetCopyAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT id, library, item_id, size, modified, signature, text FROM copy_reference_items WHERE id = @id;");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SimilarityRows.ReadCopy(reader, withText: true) : null;
    }

    /// <param name="table"><c>reference_items</c>, <c>copy_reference_items</c> or <c>audio_reference_tracks</c> (never user input).</param>
    private async Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownAsync(string table, string library, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, $"SELECT item_id, size, modified FROM {table} WHERE library = @library;");
        command.Parameters.AddWithValue("library", library);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var known = new Dictionary<string, (long, DateTimeOffset)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = (reader.GetInt64(1), PostgresRows.ParseTime(reader.GetString(2)));
        }

        return known;
    }

    private Task RemoveAsync(string table, string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, $"DELETE FROM {table} WHERE library = @library AND item_id = ANY(@items);");
            command.Parameters.AddWithValue("library", library);
            command.Parameters.AddWithValue("items", itemIds.ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
