using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity.Video;

namespace AssetBank.Catalog.Sqlite.Similarity.Video;

/// <summary>Reference videos (<c>video_references</c>) and their keyframes (<c>video_reference_frames</c>) in the embedded catalog.</summary>
public sealed class SqliteReferenceVideos(SqliteDatabase database) : IReferenceVideos
{
    public async Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownVideosAsync(string library, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_id, size, modified FROM video_references WHERE library = $library;";
        command.Parameters.AddWithValue("$library", library);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var known = new Dictionary<string, (long, DateTimeOffset)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = (reader.GetInt64(1), AssetRows.ParseTime(reader.GetString(2)));
        }

        return known;
    }

    public Task PutVideoAsync(ReferenceVideo video, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // Deleting the old row drops its frames (trigger); the video gets a new id.
            await using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM video_references WHERE library = $library AND item_id = $item;";
                delete.Parameters.AddWithValue("$library", video.Library);
                delete.Parameters.AddWithValue("$item", video.ItemId);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            long id;
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO video_references (library, item_id, size, modified, duration_seconds) VALUES ($library, $item, $size, $modified, $duration)
                    RETURNING id;
                    """;
                insert.Parameters.AddWithValue("$library", video.Library);
                insert.Parameters.AddWithValue("$item", video.ItemId);
                insert.Parameters.AddWithValue("$size", video.Size);
                insert.Parameters.AddWithValue("$modified", AssetRows.Format(video.Modified));
                insert.Parameters.AddWithValue("$duration", video.DurationSeconds);
                id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            await using var frame = connection.CreateCommand();
            frame.Transaction = transaction;
            frame.CommandText = """
                INSERT INTO video_reference_frames (video_id, shot_index, shot_start_seconds, shot_end_seconds, seconds, signature)
                VALUES ($video, $shot, $start, $end, $seconds, $signature);
                """;
            frame.Parameters.AddWithValue("$video", id);
            var shot = frame.Parameters.Add("$shot", Microsoft.Data.Sqlite.SqliteType.Integer);
            var start = frame.Parameters.Add("$start", Microsoft.Data.Sqlite.SqliteType.Real);
            var end = frame.Parameters.Add("$end", Microsoft.Data.Sqlite.SqliteType.Real);
            var seconds = frame.Parameters.Add("$seconds", Microsoft.Data.Sqlite.SqliteType.Real);
            var signature = frame.Parameters.Add("$signature", Microsoft.Data.Sqlite.SqliteType.Blob);
            foreach (var f in video.Frames)
            {
                (shot.Value, start.Value, end.Value, seconds.Value, signature.Value) = (f.ShotIndex, f.ShotStartSeconds, f.ShotEndSeconds, f.Seconds, f.Signature);
                await frame.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveVideosAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM video_references WHERE library = $library AND item_id = $item;";
            command.Parameters.AddWithValue("$library", library);
            var item = command.Parameters.Add("$item", Microsoft.Data.Sqlite.SqliteType.Text);
            foreach (var id in itemIds)
            {
                item.Value = id;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public async IAsyncEnumerable<ReferenceVideoFrame> StreamFramesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.id, v.library, v.item_id, f.shot_index, f.shot_start_seconds, f.shot_end_seconds, f.seconds, f.signature
            FROM video_reference_frames f JOIN video_references v ON v.id = f.video_id ORDER BY f.id;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ReferenceVideoFrame(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6), (byte[])reader.GetValue(7));
        }
    }

    public async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(MAX(id), 0), (SELECT COUNT(*) FROM video_reference_frames) FROM video_references;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"v{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetInt64(2)}");
    }
}
