using AssetBank.Catalog.Relational;
using System.Data.Common;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Collections;

/// <summary>
/// Collections in a PostgreSQL catalog. Every change to a collection first locks its row, so concurrent adders (in any
/// process) take places one after another; the unique name (compared without case) refuses a second collection of a
/// name even when two processes create it at once.
/// </summary>
public sealed class PostgresCollectionStore(PostgresDatabase database) : ICollectionStore
{
    public Task<CollectionState> CreateAsync(string name, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await RefuseTakenNameAsync(connection, transaction, name, null, cancellationToken);
            await using var insert = PostgresDatabase.Command(connection, transaction,
                "INSERT INTO collections (name, owner, created_at, updated_at) VALUES (@name, @owner, @at, @at) ON CONFLICT (name) DO NOTHING RETURNING id;");
            insert.Parameters.AddWithValue("name", name);
            insert.Parameters.AddWithValue("owner", owner);
            insert.Parameters.AddWithValue("at", PostgresRows.Format(at));
            var id = await insert.ExecuteScalarAsync(cancellationToken) as long? ?? throw NameTaken(name, null);
            return new CollectionState { Id = id, Name = name, Owner = owner, CreatedAt = at, UpdatedAt = at };
        }, cancellationToken);

    public async Task<CollectionState?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, "name = @value", name, cancellationToken);
    }

    public async Task<CollectionState?> GetByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, "id = @value", id, cancellationToken);
    }

    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = new List<(long Id, string Name, string Owner, int Count, DateTimeOffset Updated)>();
        await using (var command = PostgresDatabase.Command(connection, null, """
            SELECT c.id, c.name, c.owner, (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id)::integer, c.updated_at
            FROM collections c ORDER BY lower(c.name) COLLATE "C";
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), PostgresRows.ParseTime(reader.GetString(4))));
            }
        }

        var result = new List<CollectionSummary>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(new CollectionSummary(row.Id, row.Name, row.Owner, row.Count, row.Updated, await SharesAsync(connection, row.Id, cancellationToken)));
        }

        return result;
    }

    public Task RenameAsync(long collectionId, string newName, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await RefuseTakenNameAsync(connection, transaction, newName, collectionId, cancellationToken);
            await using var update = PostgresDatabase.Command(connection, transaction, "UPDATE collections SET name = @name, updated_at = @at WHERE id = @id;");
            update.Parameters.AddWithValue("name", newName);
            update.Parameters.AddWithValue("at", PostgresRows.Format(at));
            update.Parameters.AddWithValue("id", collectionId);
            try
            {
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (PostgresWriteLocks.IsUniqueViolation(e))
            {
                throw NameTaken(newName, null);
            }
        }, cancellationToken);

    public Task<CollectionItem> AddItemAsync(long collectionId, CollectionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // With the collection's row locked, the next place is read after every earlier adder has committed.
            await LockAsync(connection, transaction, collectionId, cancellationToken);
            await using var insert = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO collection_items (collection_id, position, kind, asset_id, asset_key, shot_index, start_seconds, end_seconds, text, note, added_by, added_at)
                VALUES (@collection, (SELECT coalesce(max(position), 0) + 1 FROM collection_items WHERE collection_id = @collection),
                        @kind, @assetId, @assetKey, @shot, @start, @end, @text, @note, @who, @at)
                RETURNING id, position;
                """);
            insert.Parameters.AddWithValue("collection", collectionId);
            insert.Parameters.AddWithValue("kind", item.Kind.ToString().ToLowerInvariant());
            PostgresParameters.Add(insert, "assetId", NpgsqlDbType.Bigint, item.AssetId);
            PostgresParameters.Add(insert, "assetKey", NpgsqlDbType.Text, item.AssetKey);
            PostgresParameters.Add(insert, "shot", NpgsqlDbType.Integer, item.ShotIndex);
            PostgresParameters.Add(insert, "start", NpgsqlDbType.Double, item.StartSeconds);
            PostgresParameters.Add(insert, "end", NpgsqlDbType.Double, item.EndSeconds);
            PostgresParameters.Add(insert, "text", NpgsqlDbType.Text, item.Text);
            PostgresParameters.Add(insert, "note", NpgsqlDbType.Text, item.Note);
            insert.Parameters.AddWithValue("who", item.AddedBy);
            insert.Parameters.AddWithValue("at", PostgresRows.Format(item.AddedAt));
            CollectionItem added;
            await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                added = item with { Id = reader.GetInt64(0), Position = reader.GetInt32(1) };
            }

            await TouchAsync(connection, transaction, collectionId, item.AddedAt, cancellationToken);
            return added;
        }, cancellationToken);
    }

    public Task<bool> RemoveItemAsync(long collectionId, long itemId, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, collectionId, cancellationToken);
            await using var delete = PostgresDatabase.Command(connection, transaction, "DELETE FROM collection_items WHERE collection_id = @collection AND id = @item;");
            delete.Parameters.AddWithValue("collection", collectionId);
            delete.Parameters.AddWithValue("item", itemId);
            if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }

            await RenumberAsync(connection, transaction, collectionId, null, 0, cancellationToken);
            await TouchAsync(connection, transaction, collectionId, at, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> MoveItemAsync(long collectionId, long itemId, int position, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, collectionId, cancellationToken);
            if (!await RenumberAsync(connection, transaction, collectionId, itemId, position, cancellationToken))
            {
                return false;
            }

            await TouchAsync(connection, transaction, collectionId, at, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> SetNoteAsync(long collectionId, long itemId, string? note, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, collectionId, cancellationToken);
            await using var update = PostgresDatabase.Command(connection, transaction, "UPDATE collection_items SET note = @note WHERE collection_id = @collection AND id = @item;");
            PostgresParameters.Add(update, "note", NpgsqlDbType.Text, note);
            update.Parameters.AddWithValue("collection", collectionId);
            update.Parameters.AddWithValue("item", itemId);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }

            await TouchAsync(connection, transaction, collectionId, at, cancellationToken);
            return true;
        }, cancellationToken);

    public Task ShareAsync(long collectionId, string userName, CollectionAccess? access, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, collectionId, cancellationToken);
            await using var command = PostgresDatabase.Command(connection, transaction, access is null
                ? "DELETE FROM collection_shares WHERE collection_id = @collection AND user_name = @user;"
                : "INSERT INTO collection_shares (collection_id, user_name, access) VALUES (@collection, @user, @access) ON CONFLICT (collection_id, user_name) DO UPDATE SET access = excluded.access;");
            command.Parameters.AddWithValue("collection", collectionId);
            command.Parameters.AddWithValue("user", userName);
            if (access is { } granted)
            {
                command.Parameters.AddWithValue("access", granted.ToString().ToLowerInvariant());
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            await TouchAsync(connection, transaction, collectionId, at, cancellationToken);
        }, cancellationToken);

    public Task AddLinkAsync(CollectionLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = PostgresDatabase.Command(connection, transaction,
                "INSERT INTO collection_links (token_hash, collection_id, created_by, created_at, expires_at) VALUES (@hash, @collection, @who, @at, @expires);");
            insert.Parameters.AddWithValue("hash", link.TokenHash);
            insert.Parameters.AddWithValue("collection", link.CollectionId);
            insert.Parameters.AddWithValue("who", link.CreatedBy);
            insert.Parameters.AddWithValue("at", PostgresRows.Format(link.CreatedAt));
            insert.Parameters.AddWithValue("expires", PostgresRows.Format(link.ExpiresAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<CollectionLink?> FindLinkAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT token_hash, collection_id, created_by, created_at, expires_at FROM collection_links WHERE token_hash = @hash;");
        command.Parameters.AddWithValue("hash", tokenHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new CollectionLink(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), PostgresRows.ParseTime(reader.GetString(3)), PostgresRows.ParseTime(reader.GetString(4)))
            : null;
    }

    private static RequestRejectedException NameTaken(string name, string? owner) =>
        new($"素材篮 {name}", owner is null
            ? "a collection of this name already exists; choose another name"
            : $"a collection of this name already exists (owned by {owner}); choose another name");

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collectionId, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, "SELECT id FROM collections WHERE id = @id FOR UPDATE;");
        command.Parameters.AddWithValue("id", collectionId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task RefuseTakenNameAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, long? except, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, "SELECT owner FROM collections WHERE name = @name AND id <> @except;");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("except", except ?? -1L);
        if (await command.ExecuteScalarAsync(cancellationToken) is string owner)
        {
            throw NameTaken(name, owner);
        }
    }

    private static async Task TouchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collectionId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var update = PostgresDatabase.Command(connection, transaction, "UPDATE collections SET updated_at = @at WHERE id = @id;");
        update.Parameters.AddWithValue("at", PostgresRows.Format(at));
        update.Parameters.AddWithValue("id", collectionId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Numbers the items 1..n in their order, putting <paramref name="moved"/> (when given) at <paramref name="position"/>.</summary>
    private static async Task<bool> RenumberAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collectionId, long? moved, int position, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using (var select = PostgresDatabase.Command(connection, transaction, "SELECT id FROM collection_items WHERE collection_id = @collection ORDER BY position, id;"))
        {
            select.Parameters.AddWithValue("collection", collectionId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        if (moved is { } id)
        {
            if (!ids.Remove(id))
            {
                return false;
            }

            ids.Insert(Math.Clamp(position - 1, 0, ids.Count), id);
        }

        // One statement: each id gets its place from its index in the array.
        await using var update = PostgresDatabase.Command(connection, transaction, """
            UPDATE collection_items i SET position = o.place::integer
            FROM unnest(@ids) WITH ORDINALITY AS o(id, place) WHERE i.id = o.id;
            """);
        update.Parameters.AddWithValue("ids", ids.ToArray());
        await update.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    private static async Task<IReadOnlyList<CollectionShare>> SharesAsync(NpgsqlConnection connection, long collectionId, CancellationToken cancellationToken)
    {
        var shares = new List<CollectionShare>();
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT user_name, access FROM collection_shares WHERE collection_id = @collection ORDER BY lower(user_name) COLLATE \"C\";");
        command.Parameters.AddWithValue("collection", collectionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            shares.Add(new CollectionShare(reader.GetString(0), Enum.Parse<CollectionAccess>(reader.GetString(1), ignoreCase: true)));
        }

        return shares;
    }

    private static async Task<CollectionState?> ReadAsync(NpgsqlConnection connection, string where, object value, CancellationToken cancellationToken)
    {
        CollectionState collection;
        await using (var command = PostgresDatabase.Command(connection, null, $"SELECT id, name, owner, created_at, updated_at FROM collections WHERE {where};"))
        {
            command.Parameters.AddWithValue("value", value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            collection = new CollectionState
            {
                Id = reader.GetInt64(0),
                Name = reader.GetString(1),
                Owner = reader.GetString(2),
                CreatedAt = PostgresRows.ParseTime(reader.GetString(3)),
                UpdatedAt = PostgresRows.ParseTime(reader.GetString(4)),
            };
        }

        var items = new List<CollectionItem>();
        await using (var command = PostgresDatabase.Command(connection, null, $"SELECT {CollectionRows.ItemColumns} FROM collection_items WHERE collection_id = @collection ORDER BY position, id;"))
        {
            command.Parameters.AddWithValue("collection", collection.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(CollectionRows.ReadItem(reader));
            }
        }

        return collection with { Items = items, Shares = await SharesAsync(connection, collection.Id, cancellationToken) };
    }
}
