using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity.Audio;

namespace AssetBank.Catalog.Sqlite.Similarity;

/// <summary>Reference tracks of audio libraries (<c>audio_reference_tracks</c>), beside the pictures and texts.</summary>
public sealed partial class SqliteReferenceLibraries : IReferenceTracks
{
    public Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownTracksAsync(string library, CancellationToken cancellationToken) =>
        KnownAsync("audio_reference_tracks", library, cancellationToken);

    public Task PutTracksAsync(string library, IReadOnlyList<ReferenceTrack> tracks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var track in tracks)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                // Delete and insert rather than update: a replaced track gets a new id (AUTOINCREMENT), so the version changes.
                command.CommandText = """
                    DELETE FROM audio_reference_tracks WHERE library = $library AND item_id = $item;
                    INSERT INTO audio_reference_tracks (library, item_id, size, modified, duration_seconds, fingerprint)
                    VALUES ($library, $item, $size, $modified, $duration, $fingerprint);
                    """;
                command.Parameters.AddWithValue("$library", library);
                command.Parameters.AddWithValue("$item", track.ItemId);
                command.Parameters.AddWithValue("$size", track.Size);
                command.Parameters.AddWithValue("$modified", AssetRows.Format(track.Modified));
                command.Parameters.AddWithValue("$duration", track.DurationSeconds);
                command.Parameters.AddWithValue("$fingerprint", FingerprintBytes.Encode(track.Fingerprint));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveTracksAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        RemoveAsync("audio_reference_tracks", library, itemIds, cancellationToken);

    public async IAsyncEnumerable<ReferenceTrack> StreamTracksAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, library, item_id, size, modified, duration_seconds, fingerprint FROM audio_reference_tracks ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ReferenceTrack(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                AssetRows.ParseTime(reader.GetString(4)), reader.GetDouble(5), FingerprintBytes.Decode((byte[])reader.GetValue(6)));
        }
    }

    public async Task<string> TracksVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM audio_reference_tracks;";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
