using AssetBank.Catalog.Relational;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Similarity;

/// <summary>Reference libraries and their fingerprints in a PostgreSQL catalog.</summary>
public sealed partial class PostgresReferenceLibraries(PostgresDatabase database) : IReferenceLibraries
{
    public Task SaveLibraryAsync(ReferenceLibrary library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO reference_libraries (name, licence, source, imported_at) VALUES (@name, @licence, @source, @at)
                ON CONFLICT (name) DO UPDATE SET licence = excluded.licence, source = excluded.source, imported_at = excluded.imported_at;
                """);
            command.Parameters.AddWithValue("name", library.Name);
            command.Parameters.AddWithValue("licence", library.Licence);
            command.Parameters.AddWithValue("source", library.Source);
            command.Parameters.AddWithValue("at", PostgresRows.Format(library.ImportedAt));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ReferenceLibrary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, """
            SELECT l.name, l.licence, l.source, l.imported_at, (SELECT count(*) FROM reference_items i WHERE i.library = l.name) + (SELECT count(*) FROM copy_reference_items c WHERE c.library = l.name)
                + (SELECT count(*) FROM video_references v WHERE v.library = l.name) + (SELECT count(*) FROM audio_reference_tracks t WHERE t.library = l.name)
            FROM reference_libraries l ORDER BY lower(l.name) COLLATE "C";
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var libraries = new List<ReferenceLibrary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            libraries.Add(new ReferenceLibrary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(4), PostgresRows.ParseTime(reader.GetString(3))));
        }

        return libraries;
    }

    public Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownItemsAsync(string library, CancellationToken cancellationToken) =>
        KnownAsync("reference_items", library, cancellationToken);

    public Task PutAsync(string library, IReadOnlyList<ReferencePicture> pictures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO reference_items (library, item_id, size, modified, signature, preview) VALUES (@library, @item, @size, @modified, @signature, @preview)
                ON CONFLICT (library, item_id) DO UPDATE SET size = excluded.size, modified = excluded.modified, signature = excluded.signature, preview = excluded.preview;
                """);
            command.Parameters.AddWithValue("library", library);
            var item = command.Parameters.Add("item", NpgsqlDbType.Text);
            var size = command.Parameters.Add("size", NpgsqlDbType.Bigint);
            var modified = command.Parameters.Add("modified", NpgsqlDbType.Text);
            var signature = command.Parameters.Add("signature", NpgsqlDbType.Bytea);
            var preview = command.Parameters.Add("preview", NpgsqlDbType.Bytea);
            foreach (var picture in pictures)
            {
                item.Value = picture.ItemId;
                size.Value = picture.Size;
                modified.Value = PostgresRows.Format(picture.Modified);
                signature.Value = picture.Signature;
                preview.Value = picture.Preview.Length == 0 ? DBNull.Value : picture.Preview;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveItemsAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        RemoveAsync("reference_items", library, itemIds, cancellationToken);

    public Task<bool> RemoveLibraryAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var items = PostgresDatabase.Command(connection, transaction, "DELETE FROM reference_items WHERE library = @name; DELETE FROM copy_reference_items WHERE library = @name; DELETE FROM audio_reference_tracks WHERE library = @name;"))
            {
                items.Parameters.AddWithValue("name", name);
                await items.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var library = PostgresDatabase.Command(connection, transaction, "DELETE FROM reference_libraries WHERE name = @name;");
            library.Parameters.AddWithValue("name", name);
            return await library.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    public async IAsyncEnumerable<ReferencePicture> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT id, library, item_id, size, modified, signature FROM reference_items ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SimilarityRows.ReadPicture(reader, withPreview: false);
        }
    }

    public async Task<ReferencePicture?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT id, library, item_id, size, modified, signature, preview FROM reference_items WHERE id = @id;");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SimilarityRows.ReadPicture(reader, withPreview: true) : null;
    }

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT count(*), coalesce(max(id), 0), coalesce((SELECT max(imported_at COLLATE \"C\") FROM reference_libraries), ''), "
            + "(SELECT count(*) FROM copy_reference_items), (SELECT coalesce(max(id), 0) FROM copy_reference_items) FROM reference_items;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetString(2)}:{reader.GetInt64(3)}:{reader.GetInt64(4)}");
    }
}
