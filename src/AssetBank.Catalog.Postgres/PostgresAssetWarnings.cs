using AssetBank.Core.Catalog;

namespace AssetBank.Catalog.Postgres;

/// <summary>Reads the warnings kept in the derived data's JSON (media and extracted content).</summary>
public sealed class PostgresAssetWarnings(PostgresDatabase database) : IAssetWarnings
{
    public async Task<IReadOnlyList<AssetWarning>> ListAsync(CancellationToken cancellationToken)
    {
        // Parsed here rather than with jsonb in SQL: one damaged cell must yield no warnings, not fail the status
        // (`assetbank check` names it), and PostgreSQL 15 has no non-throwing JSON test.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresDatabase.Command(connection, null,
            "SELECT a.key, d.media_json, d.content_json FROM assets a JOIN asset_derived d ON d.asset_id = a.id WHERE a.status = 'processed';");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<AssetWarning>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            result.AddRange(Warnings(reader.IsDBNull(1) ? null : reader.GetString(1)).Select(w => new AssetWarning(key, "media", w)));
            result.AddRange(Warnings(reader.IsDBNull(2) ? null : reader.GetString(2)).Select(w => new AssetWarning(key, "content", w)));
        }

        return [.. result.OrderBy(w => w.Key, StringComparer.Ordinal).ThenBy(w => w.Stage, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Warnings(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Warnings", out var warnings)
                || warnings.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                return [];
            }

            return [.. warnings.EnumerateArray().Select(w => w.ValueKind == System.Text.Json.JsonValueKind.String ? w.GetString() ?? string.Empty : w.GetRawText())];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
