using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres;

/// <summary>Tag writes in a PostgreSQL catalog; each one bumps the asset's change sequence.</summary>
public sealed class PostgresTagEditStore(PostgresDatabase database) : ITagEditStore
{
    public Task SaveMachineTagsAsync(long assetId, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO asset_derived (asset_id, tags_json, updated_at) VALUES (@id, @tags, @at)
                ON CONFLICT (asset_id) DO UPDATE SET tags_json = excluded.tags_json, updated_at = excluded.updated_at;
                """);
            command.Parameters.AddWithValue("id", assetId);
            command.Parameters.AddWithValue("tags", PostgresJson.Serialize(tags)!);
            command.Parameters.AddWithValue("at", PostgresRows.Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await PostgresDerivedData.WriteEffectiveTagsAsync(connection, transaction, assetId, tags, cancellationToken);
            await PostgresChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }

    public Task AddHumanTagEditAsync(long assetId, HumanTagEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return database.WriteAsync(async (connection, transaction) =>
        {
            TagSet? machine;
            // FOR UPDATE: two people editing one asset at once each see the other's edit when the tag rows are rebuilt.
            await using (var read = PostgresDatabase.Command(connection, transaction, "SELECT d.tags_json FROM assets a LEFT JOIN asset_derived d ON d.asset_id = a.id WHERE a.id = @id FOR UPDATE OF a;"))
            {
                read.Parameters.AddWithValue("id", assetId);
                machine = await read.ExecuteScalarAsync(cancellationToken) is string json ? PostgresJson.Deserialize<TagSet>(json) : null;
            }

            await using var command = PostgresDatabase.Command(connection, transaction, """
                INSERT INTO human_tag_edits (asset_id, item_id, action, dimension, term_id, label, note, who, at)
                VALUES (@id, @item, @action, @dimension, @term, @label, @note, @who, @at);
                """);
            command.Parameters.AddWithValue("id", assetId);
            command.Parameters.AddWithValue("item", edit.ItemId);
            command.Parameters.AddWithValue("action", edit.Action.ToString());
            command.Parameters.AddWithValue("dimension", edit.Dimension.ToString());
            command.Parameters.AddWithValue("term", edit.TermId);
            command.Parameters.AddWithValue("label", NpgsqlDbType.Text, PostgresRows.OrNull(edit.Label));
            command.Parameters.AddWithValue("note", NpgsqlDbType.Text, PostgresRows.OrNull(edit.Note));
            command.Parameters.AddWithValue("who", edit.Who);
            command.Parameters.AddWithValue("at", PostgresRows.Format(edit.When));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await PostgresDerivedData.WriteEffectiveTagsAsync(connection, transaction, assetId, machine, cancellationToken);
            await PostgresChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }
}
