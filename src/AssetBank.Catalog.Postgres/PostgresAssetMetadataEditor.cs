using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using NpgsqlTypes;

namespace AssetBank.Catalog.Postgres;

/// <summary>Metadata corrections in a PostgreSQL catalog; each one bumps the asset's change sequence.</summary>
public sealed class PostgresAssetMetadataEditor(PostgresDatabase database) : IAssetMetadataEditor
{
    public Task UpdateMetadataAsync(long assetId, AssetMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = PostgresDatabase.Command(connection, transaction, """
                UPDATE assets SET client = @client, project = @project, channel = @channel, producer = @producer, created = @created,
                    ai_generated = @ai, license = @license, source_library = @source, title = @title, description = @description
                WHERE id = @id;
                """);
            command.Parameters.AddWithValue("id", assetId);
            command.Parameters.AddWithValue("ai", metadata.AiGenerated ? 1 : 0);
            foreach (var (name, value) in new (string, string?)[]
            {
                ("client", metadata.Client), ("project", metadata.Project), ("channel", metadata.Channel), ("producer", metadata.Producer),
                ("created", metadata.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("license", metadata.License),
                ("source", metadata.SourceLibrary), ("title", metadata.Title), ("description", metadata.Description),
            })
            {
                command.Parameters.AddWithValue(name, NpgsqlDbType.Text, PostgresRows.OrNull(value));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            await PostgresChangeSequence.TouchByIdAsync(connection, transaction, assetId, cancellationToken);
        }, cancellationToken);
    }
}
