using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Tag writes in the embedded catalog; each one bumps the asset's change sequence.</summary>
public sealed class SqliteTagEditStore(SqliteDatabase database) : ITagEditStore
{
    public Task SaveMachineTagsAsync(long assetId, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO asset_derived (asset_id, tags_json, updated_at) VALUES ($id, $tags, $at)
                ON CONFLICT(asset_id) DO UPDATE SET tags_json = excluded.tags_json, updated_at = excluded.updated_at;
                """;
            command.Parameters.AddWithValue("$id", assetId);
            command.Parameters.AddWithValue("$tags", CatalogJson.Serialize(tags)!);
            command.Parameters.AddWithValue("$at", AssetRows.Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await DerivedDataWriter.WriteEffectiveTagsAsync(connection, transaction, assetId, tags, cancellationToken);
            await ChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }

    public Task AddHumanTagEditAsync(long assetId, HumanTagEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return database.WriteAsync(async (connection, transaction) =>
        {
            TagSet? machine;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT tags_json FROM asset_derived WHERE asset_id = $id;";
                read.Parameters.AddWithValue("$id", assetId);
                machine = await read.ExecuteScalarAsync(cancellationToken) is string json ? CatalogJson.Deserialize<TagSet>(json) : null;
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO human_tag_edits (asset_id, item_id, action, dimension, term_id, label, note, who, at)
                VALUES ($id, $item, $action, $dimension, $term, $label, $note, $who, $at);
                """;
            command.Parameters.AddWithValue("$id", assetId);
            command.Parameters.AddWithValue("$item", edit.ItemId);
            command.Parameters.AddWithValue("$action", edit.Action.ToString());
            command.Parameters.AddWithValue("$dimension", edit.Dimension.ToString());
            command.Parameters.AddWithValue("$term", edit.TermId);
            command.Parameters.AddWithValue("$label", (object?)edit.Label ?? DBNull.Value);
            command.Parameters.AddWithValue("$note", (object?)edit.Note ?? DBNull.Value);
            command.Parameters.AddWithValue("$who", edit.Who);
            command.Parameters.AddWithValue("$at", AssetRows.Format(edit.When));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await DerivedDataWriter.WriteEffectiveTagsAsync(connection, transaction, assetId, machine, cancellationToken);
            await ChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }
}
