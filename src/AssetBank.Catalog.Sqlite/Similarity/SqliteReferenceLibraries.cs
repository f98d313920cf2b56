using AssetBank.Catalog.Relational;
using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite.Similarity;

/// <summary>Reference libraries and their fingerprints in the embedded catalog.</summary>
public sealed partial class SqliteReferenceLibraries(SqliteDatabase database) : IReferenceLibraries
{
    public Task SaveLibraryAsync(ReferenceLibrary library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO reference_libraries (name, licence, source, imported_at) VALUES ($name, $licence, $source, $at)
                ON CONFLICT(name) DO UPDATE SET licence = excluded.licence, source = excluded.source, imported_at = excluded.imported_at;
                """;
            command.Parameters.AddWithValue("$name", library.Name);
            command.Parameters.AddWithValue("$licence", library.Licence);
            command.Parameters.AddWithValue("$source", library.Source);
            command.Parameters.AddWithValue("$at", AssetRows.Format(library.ImportedAt));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ReferenceLibrary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.name, l.licence, l.source, l.imported_at, (SELECT COUNT(*) FROM reference_items i WHERE i.library = l.name) + (SELECT COUNT(*) FROM copy_reference_items c WHERE c.library = l.name)
                + (SELECT COUNT(*) FROM video_references v WHERE v.library = l.name) + (SELECT COUNT(*) FROM audio_reference_tracks t WHERE t.library = l.name)
            FROM reference_libraries l ORDER BY l.name;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var libraries = new List<ReferenceLibrary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            libraries.Add(new ReferenceLibrary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(4), AssetRows.ParseTime(reader.GetString(3))));
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
            foreach (var picture in pictures)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO reference_items (library, item_id, size, modified, signature, preview) VALUES ($library, $item, $size, $modified, $signature, $preview)
                    ON CONFLICT(library, item_id) DO UPDATE SET size = excluded.size, modified = excluded.modified, signature = excluded.signature, preview = excluded.preview;
                    """;
                command.Parameters.AddWithValue("$library", library);
                command.Parameters.AddWithValue("$item", picture.ItemId);
                command.Parameters.AddWithValue("$size", picture.Size);
                command.Parameters.AddWithValue("$modified", AssetRows.Format(picture.Modified));
                command.Parameters.AddWithValue("$signature", picture.Signature);
                command.Parameters.AddWithValue("$preview", picture.Preview.Length == 0 ? DBNull.Value : picture.Preview);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveItemsAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        RemoveAsync("reference_items", library, itemIds, cancellationToken);

    public Task<bool> RemoveLibraryAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var items = connection.CreateCommand();
            items.Transaction = transaction;
            items.CommandText = "DELETE FROM reference_items WHERE library = $name; DELETE FROM copy_reference_items WHERE library = $name; DELETE FROM audio_reference_tracks WHERE library = $name;";
            items.Parameters.AddWithValue("$name", name);
            await items.ExecuteNonQueryAsync(cancellationToken);
            await using var library = connection.CreateCommand();
            library.Transaction = transaction;
            library.CommandText = "DELETE FROM reference_libraries WHERE name = $name;";
            library.Parameters.AddWithValue("$name", name);
            return await library.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    public async IAsyncEnumerable<ReferencePicture> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, library, item_id, size, modified, signature FROM reference_items ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SimilarityRows.ReadPicture(reader, withPreview: false);
        }
    }

    public async Task<ReferencePicture?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, library, item_id, size, modified, signature, preview FROM reference_items WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SimilarityRows.ReadPicture(reader, withPreview: true) : null;
    }

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE((SELECT MAX(imported_at) FROM reference_libraries), ''), "
            + "(SELECT COUNT(*) FROM copy_reference_items), (SELECT COALESCE(MAX(id), 0) FROM copy_reference_items) FROM reference_items;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetString(2)}:{reader.GetInt64(3)}:{reader.GetInt64(4)}");
    }
}
