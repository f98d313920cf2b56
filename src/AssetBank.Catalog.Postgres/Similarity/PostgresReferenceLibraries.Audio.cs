using System.Globalization;
using System.Runtime.CompilerServices;
using AssetBank.Core.Similarity.Audio;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres.Similarity;

/// <summary>Reference tracks of audio libraries (<c>audio_reference_tracks</c>), beside the pictures and texts.</summary>
public sealed partial class PostgresReferenceLibraries : IReferenceTracks
{
    public Task<IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)>> KnownTracksAsync(string library, CancellationToken cancellationToken) =>
        KnownAsync("audio_reference_tracks", library, cancellationToken);

    public Task PutTracksAsync(string library, IReadOnlyList<ReferenceTrack> tracks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        return database.WriteAsync(async (connection, transaction) =>
        {
            // Delete and insert rather than update: a replaced track gets a new identity, so the version changes.
            await using var command = PostgresDatabase.Command(connection, transaction, """
                DELETE FROM audio_reference_tracks WHERE library = @library AND item_id = @item;
                INSERT INTO audio_reference_tracks (library, item_id, size, modified, duration_seconds, fingerprint)
                VALUES (@library, @item, @size, @modified, @duration, @fingerprint);
                """);
            command.Parameters.AddWithValue("library", library);
            var item = command.Parameters.Add("item", NpgsqlDbType.Text);
            var size = command.Parameters.Add("size", NpgsqlDbType.Bigint);
            var modified = command.Parameters.Add("modified", NpgsqlDbType.Text);
            var duration = command.Parameters.Add("duration", NpgsqlDbType.Double);
            var fingerprint = command.Parameters.Add("fingerprint", NpgsqlDbType.Bytea);
            foreach (var track in tracks)
            {
                item.Value = track.ItemId;
                size.Value = track.Size;
                modified.Value = PostgresRows.Format(track.Modified);
                duration.Value = track.DurationSeconds;
                fingerprint.Value = FingerprintBytes.Encode(track.Fingerprint);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task RemoveTracksAsync(string library, IReadOnlyList<string> itemIds, CancellationToken cancellationToken) =>
        RemoveAsync("audio_reference_tracks", library, itemIds, cancellationToken);

    public async IAsyncEnumerable<ReferenceTrack> StreamTracksAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT id, library, item_id, size, modified, duration_seconds, fingerprint FROM audio_reference_tracks ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ReferenceTrack(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                PostgresRows.ParseTime(reader.GetString(4)), reader.GetDouble(5), FingerprintBytes.Decode((byte[])reader.GetValue(6)));
        }
    }

    public async Task<string> TracksVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null, "SELECT count(*) || ':' || coalesce(max(id), 0) FROM audio_reference_tracks;");
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
