using System.Globalization;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Writes an asset's derived data inside the caller's transaction.</summary>
internal static class DerivedDataWriter
{
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, long assetId, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using (var command = Command(connection, transaction, """
            INSERT INTO asset_derived (asset_id, media_json, content_json, tags_json, updated_at)
            VALUES ($id, $media, $content, $tags, $at)
            ON CONFLICT(asset_id) DO UPDATE SET media_json = excluded.media_json, content_json = excluded.content_json,
                tags_json = excluded.tags_json, updated_at = excluded.updated_at;
            """))
        {
            command.Parameters.AddWithValue("$id", assetId);
            command.Parameters.AddWithValue("$media", (object?)CatalogJson.Serialize(derived.Media) ?? DBNull.Value);
            command.Parameters.AddWithValue("$content", (object?)CatalogJson.Serialize(derived.Content) ?? DBNull.Value);
            command.Parameters.AddWithValue("$tags", (object?)CatalogJson.Serialize(derived.Tags) ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteShotsAsync(connection, transaction, assetId, derived, cancellationToken);
        await WriteEffectiveTagsAsync(connection, transaction, assetId, derived.Tags, cancellationToken);
    }

    /// <summary>Replaces the asset's tag rows with the machine tags overruled by every human edit on record.</summary>
    public static async Task WriteEffectiveTagsAsync(SqliteConnection connection, SqliteTransaction transaction, long assetId, TagSet? machine, CancellationToken cancellationToken)
    {
        await using (var delete = Command(connection, transaction, "DELETE FROM asset_tags WHERE asset_id = $id;"))
        {
            delete.Parameters.AddWithValue("$id", assetId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var edits = await ReadHumanEditsAsync(connection, transaction, assetId, cancellationToken);
        var baseline = machine ?? new TagSet { ItemId = await KeyOfAsync(connection, transaction, assetId, cancellationToken), Tagger = "none", TaxonomyVersion = string.Empty };
        var effective = TagMerger.Apply(baseline, edits);
        await using var insert = Command(connection, transaction, """
            INSERT OR REPLACE INTO asset_tags (asset_id, item_id, dimension, term_id, label, confidence, source)
            VALUES ($id, $item, $dimension, $term, $label, $confidence, $source);
            """);
        insert.Parameters.AddWithValue("$id", assetId);
        var item = insert.Parameters.Add("$item", SqliteType.Text);
        var dimension = insert.Parameters.Add("$dimension", SqliteType.Text);
        var term = insert.Parameters.Add("$term", SqliteType.Text);
        var label = insert.Parameters.Add("$label", SqliteType.Text);
        var confidence = insert.Parameters.Add("$confidence", SqliteType.Real);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        foreach (var set in new[] { effective }.Concat(effective.Shots))
        {
            foreach (var tag in set.Tags)
            {
                item.Value = set.ItemId;
                dimension.Value = tag.Dimension.ToString();
                term.Value = tag.TermId;
                label.Value = tag.Label;
                confidence.Value = tag.Confidence;
                source.Value = tag.Source.ToString();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public static async Task<IReadOnlyList<HumanTagEdit>> ReadHumanEditsAsync(SqliteConnection connection, SqliteTransaction? transaction, long assetId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            SELECT item_id, action, dimension, term_id, label, note, who, at FROM human_tag_edits WHERE asset_id = $id ORDER BY id;
            """);
        command.Parameters.AddWithValue("$id", assetId);
        var edits = new List<HumanTagEdit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edits.Add(new HumanTagEdit(
                reader.GetString(0),
                Enum.Parse<HumanTagAction>(reader.GetString(1)),
                Enum.Parse<TagDimension>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetString(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
            {
                Label = reader.IsDBNull(4) ? null : reader.GetString(4),
                Note = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return edits;
    }

    private static async Task WriteShotsAsync(SqliteConnection connection, SqliteTransaction transaction, long assetId, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using (var delete = Command(connection, transaction, "DELETE FROM shots WHERE asset_id = $id;"))
        {
            delete.Parameters.AddWithValue("$id", assetId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (derived.Media is not { Shots.Count: > 0 } media)
        {
            return;
        }

        await using var insert = Command(connection, transaction, """
            INSERT INTO shots (asset_id, shot_index, start_seconds, end_seconds, keyframe_key, thumbnail_key, dhash, phash, subtitle_text)
            VALUES ($id, $index, $start, $end, $keyframe, $thumbnail, $dhash, $phash, $subtitle);
            """);
        foreach (var shot in media.Shots)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", assetId);
            insert.Parameters.AddWithValue("$index", shot.Index);
            insert.Parameters.AddWithValue("$start", shot.Start.TotalSeconds);
            insert.Parameters.AddWithValue("$end", shot.End.TotalSeconds);
            insert.Parameters.AddWithValue("$keyframe", (object?)shot.KeyframeKey ?? DBNull.Value);
            insert.Parameters.AddWithValue("$thumbnail", (object?)shot.ThumbnailKey ?? DBNull.Value);
            insert.Parameters.AddWithValue("$dhash", (object?)shot.Hashes?.DHash.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$phash", (object?)shot.Hashes?.PHash.ToString() ?? DBNull.Value);
            insert.Parameters.AddWithValue("$subtitle", (object?)shot.SubtitleText ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<string> KeyOfAsync(SqliteConnection connection, SqliteTransaction transaction, long assetId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT key FROM assets WHERE id = $id;");
        command.Parameters.AddWithValue("$id", assetId);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? $"asset:{assetId}";
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
