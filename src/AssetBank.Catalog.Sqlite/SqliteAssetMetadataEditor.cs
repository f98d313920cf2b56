using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Sqlite;

/// <summary>Metadata corrections in the embedded catalog; each one bumps the asset's change sequence.</summary>
public sealed class SqliteAssetMetadataEditor(SqliteDatabase database) : IAssetMetadataEditor
{
    public Task UpdateMetadataAsync(long assetId, AssetMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE assets SET client = $client, project = $project, channel = $channel, producer = $producer, created = $created,
                    ai_generated = $ai, license = $license, source_library = $source, title = $title, description = $description
                WHERE id = $id;
                """;
            command.Parameters.AddWithValue("$id", assetId);
            AssetRows.AddMetadataParameters(command, metadata);
            await command.ExecuteNonQueryAsync(cancellationToken);
            await ChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }
}
