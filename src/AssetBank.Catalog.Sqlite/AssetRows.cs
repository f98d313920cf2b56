using System.Globalization;
using AssetBank.Core.Assets;
using Microsoft.Data.Sqlite;

namespace AssetBank.Catalog.Sqlite;

/// <summary>How an asset row is read and how times and statuses are written.</summary>
internal static class AssetRows
{
    public const string Columns = """
        id, key, etag, size, store_last_modified, content_sha256, kind, format, content_type, status, failure_reason,
        first_seen, last_seen, processed_at, external_id, client, project, channel, producer, created, ai_generated,
        license, source_library, title, description
        """;

    /// <summary>Reads the <see cref="Columns"/> starting at column 0.</summary>
    public static Asset Read(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Asset
        {
            Id = r.GetInt64(0),
            Key = r.GetString(1),
            ETag = r.GetString(2),
            Size = r.GetInt64(3),
            StoreLastModified = ParseTime(r.GetString(4)),
            ContentSha256 = S(5),
            Kind = AssetKindNames.FromWire(r.GetString(6)),
            Format = Enum.TryParse<ContentFormat>(S(7), out var format) ? format : ContentFormat.Unknown,
            ContentType = S(8),
            Status = ParseStatus(r.GetString(9)),
            FailureReason = S(10),
            FirstSeen = ParseTime(r.GetString(11)),
            LastSeen = ParseTime(r.GetString(12)),
            ProcessedAt = S(13) is { } processed ? ParseTime(processed) : null,
            ExternalId = S(14),
            Metadata = new AssetMetadata(
                S(15),
                S(16),
                S(17),
                S(18),
                S(19) is { } created ? DateOnly.ParseExact(created, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                r.GetInt64(20) != 0,
                S(21),
                S(22),
                S(23),
                S(24)),
        };
    }

    /// <summary>Binds the metadata columns as <c>$client</c>, <c>$project</c> … <c>$description</c>.</summary>
    public static void AddMetadataParameters(SqliteCommand command, AssetMetadata m)
    {
        command.Parameters.AddWithValue("$client", (object?)m.Client ?? DBNull.Value);
        command.Parameters.AddWithValue("$project", (object?)m.Project ?? DBNull.Value);
        command.Parameters.AddWithValue("$channel", (object?)m.Channel ?? DBNull.Value);
        command.Parameters.AddWithValue("$producer", (object?)m.Producer ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", (object?)m.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$ai", m.AiGenerated ? 1 : 0);
        command.Parameters.AddWithValue("$license", (object?)m.License ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)m.SourceLibrary ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$description", (object?)m.Description ?? DBNull.Value);
    }

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string StatusName(AssetStatus status) => status.ToString().ToLowerInvariant();

    public static AssetStatus ParseStatus(string value) =>
        Enum.TryParse<AssetStatus>(value, ignoreCase: true, out var status) ? status : AssetStatus.Pending;
}
