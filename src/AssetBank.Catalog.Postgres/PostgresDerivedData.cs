using System.Data.Common;
using System.Text.Json;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Rights;
using AssetBank.Core.Tagging;
using Npgsql;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres;

/// <summary>An asset's derived data: written inside the caller's transaction, read back with the same JSON forms.</summary>
internal static class PostgresDerivedData
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long assetId, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using (var command = PostgresDatabase.Command(connection, transaction, """
            INSERT INTO asset_derived (asset_id, media_json, content_json, tags_json, updated_at)
            VALUES (@id, @media, @content, @tags, @at)
            ON CONFLICT (asset_id) DO UPDATE SET media_json = excluded.media_json, content_json = excluded.content_json,
                tags_json = excluded.tags_json, updated_at = excluded.updated_at;
            """))
        {
            command.Parameters.AddWithValue("id", assetId);
            command.Parameters.AddWithValue("media", NpgsqlDbType.Text, PostgresRows.OrNull(PostgresJson.Serialize(derived.Media)));
            command.Parameters.AddWithValue("content", NpgsqlDbType.Text, PostgresRows.OrNull(PostgresJson.Serialize(derived.Content)));
            command.Parameters.AddWithValue("tags", NpgsqlDbType.Text, PostgresRows.OrNull(PostgresJson.Serialize(derived.Tags)));
            command.Parameters.AddWithValue("at", PostgresRows.Format(DateTimeOffset.UtcNow));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteShotsAsync(connection, transaction, assetId, derived, cancellationToken);
        await WriteEffectiveTagsAsync(connection, transaction, assetId, derived.Tags, cancellationToken);
    }

    /// <summary>Replaces the asset's tag rows with the machine tags overruled by every human edit on record.</summary>
    public static async Task WriteEffectiveTagsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long assetId, TagSet? machine, CancellationToken cancellationToken)
    {
        await using (var delete = PostgresDatabase.Command(connection, transaction, "DELETE FROM asset_tags WHERE asset_id = @id;"))
        {
            delete.Parameters.AddWithValue("id", assetId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var edits = await ReadHumanEditsAsync(connection, transaction, assetId, cancellationToken);
        var baseline = machine ?? new TagSet { ItemId = await KeyOfAsync(connection, transaction, assetId, cancellationToken), Tagger = "none", TaxonomyVersion = string.Empty };
        var effective = TagMerger.Apply(baseline, edits);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            foreach (var set in new[] { effective }.Concat(effective.Shots))
            {
                foreach (var tag in set.Tags)
                {
                    var insert = new NpgsqlBatchCommand("""
                        INSERT INTO asset_tags (asset_id, item_id, dimension, term_id, label, confidence, source)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)
                        ON CONFLICT (asset_id, item_id, term_id) DO UPDATE SET dimension = excluded.dimension,
                            label = excluded.label, confidence = excluded.confidence, source = excluded.source;
                        """);
                    insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = assetId });
                    insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = set.ItemId });
                    insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tag.Dimension.ToString() });
                    insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tag.TermId });
                    insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tag.Label });
                    insert.Parameters.Add(new NpgsqlParameter<double> { TypedValue = tag.Confidence });
                    insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tag.Source.ToString() });
                    batch.BatchCommands.Add(insert);
                }
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public static async Task<IReadOnlyList<HumanTagEdit>> ReadHumanEditsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long assetId, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction,
            "SELECT item_id, action, dimension, term_id, label, note, who, at FROM human_tag_edits WHERE asset_id = @id ORDER BY id;");
        command.Parameters.AddWithValue("id", assetId);
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
                PostgresRows.ParseTime(reader.GetString(7)))
            {
                Label = reader.IsDBNull(4) ? null : reader.GetString(4),
                Note = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return edits;
    }

    /// <summary>Reads media, content and tags JSON from three columns starting at <paramref name="first"/>.</summary>
    public static AssetDerivedData Read(DbDataReader reader, int first, string key)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        try
        {
            return new AssetDerivedData(
                PostgresJson.Deserialize<MediaAnalysis>(Text(first)),
                PostgresJson.Deserialize<ExtractedContent>(Text(first + 1)),
                PostgresJson.Deserialize<TagSet>(Text(first + 2)));
        }
        catch (JsonException e)
        {
            throw new CatalogException(key, $"the stored derived data is damaged ({e.Message}); re-ingest the object with `assetbank ingest --retry-failed` after `assetbank check`", e);
        }
    }

    public static async Task<AssetRights?> ReadRightsAsync(NpgsqlConnection connection, long assetId, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT a.key, r.grants_json FROM asset_rights r JOIN assets a ON a.id = r.asset_id WHERE r.asset_id = @id;");
        command.Parameters.AddWithValue("id", assetId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        try
        {
            return new AssetRights(assetId, reader.GetString(0), PostgresJson.Deserialize<List<RightsGrant>>(reader.GetString(1)) ?? []);
        }
        catch (JsonException e)
        {
            throw new CatalogException("asset_rights", $"stored rights are damaged ({e.Message}); set them again with `assetbank rights set`", e);
        }
    }

    private static async Task WriteShotsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long assetId, AssetDerivedData derived, CancellationToken cancellationToken)
    {
        await using (var delete = PostgresDatabase.Command(connection, transaction, "DELETE FROM shots WHERE asset_id = @id;"))
        {
            delete.Parameters.AddWithValue("id", assetId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (derived.Media is not { Shots.Count: > 0 } media)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var shot in media.Shots)
        {
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO shots (asset_id, shot_index, start_seconds, end_seconds, keyframe_key, thumbnail_key, dhash, phash, subtitle_text)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);
                """);
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = assetId });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = shot.Index });
            insert.Parameters.Add(new NpgsqlParameter<double> { TypedValue = shot.Start.TotalSeconds });
            insert.Parameters.Add(new NpgsqlParameter<double> { TypedValue = shot.End.TotalSeconds });
            foreach (var text in new[] { shot.KeyframeKey, shot.ThumbnailKey, shot.Hashes?.DHash.ToString(), shot.Hashes?.PHash.ToString(), shot.SubtitleText })
            {
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = PostgresRows.OrNull(text) });
            }

            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> KeyOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long assetId, CancellationToken cancellationToken)
    {
        await using var command = PostgresDatabase.Command(connection, transaction, "SELECT key FROM assets WHERE id = @id;");
        command.Parameters.AddWithValue("id", assetId);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? $"asset:{assetId}";
    }
}
