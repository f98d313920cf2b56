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

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string StatusName(AssetStatus status) => status.ToString().ToLowerInvariant();

    public static AssetStatus ParseStatus(string value) =>
        Enum.TryParse<AssetStatus>(value, ignoreCase: true, out var status) ? status : AssetStatus.Pending;
}
