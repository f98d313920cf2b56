using System.Data.Common;
using System.Globalization;
using AssetBank.Core.Assets;

namespace AssetBank.Catalog.Postgres;

/// <summary>How an asset row is read, and how times and statuses are written (the embedded catalog's text forms).</summary>
internal static class PostgresRows
{
    public const string Columns = """
        a.id, a.key, a.etag, a.size, a.store_last_modified, a.content_sha256, a.kind, a.format, a.content_type, a.status,
        a.failure_reason, a.first_seen, a.last_seen, a.processed_at, a.external_id, a.client, a.project, a.channel,
        a.producer, a.created, a.ai_generated, a.license, a.source_library, a.title, a.description
        """;

    /// <summary>Reads the <see cref="Columns"/> starting at column 0.</summary>
    public static Asset Read(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var created = Text(19);
        var processed = Text(13);
        return new Asset
        {
            Id = r.GetInt64(0),
            Key = r.GetString(1),
            ETag = r.GetString(2),
            Size = r.GetInt64(3),
            StoreLastModified = ParseTime(r.GetString(4)),
            ContentSha256 = Text(5),
            Kind = AssetKindNames.FromWire(r.GetString(6)),
            Format = Enum.TryParse<ContentFormat>(Text(7), out var format) ? format : ContentFormat.Unknown,
            ContentType = Text(8),
            Status = ParseStatus(r.GetString(9)),
            FailureReason = Text(10),
            FirstSeen = ParseTime(r.GetString(11)),
            LastSeen = ParseTime(r.GetString(12)),
            ProcessedAt = processed is null ? null : ParseTime(processed),
            ExternalId = Text(14),
            Metadata = new AssetMetadata(
                Text(15),
                Text(16),
                Text(17),
                Text(18),
                created is null ? null : DateOnly.ParseExact(created, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetInt32(20) != 0,
                Text(21),
                Text(22),
                Text(23),
                Text(24)),
        };
    }

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string StatusName(AssetStatus status) => status.ToString().ToLowerInvariant();

    public static AssetStatus ParseStatus(string value) =>
        Enum.TryParse<AssetStatus>(value, ignoreCase: true, out var status) ? status : AssetStatus.Pending;

    public static object OrNull(object? value) => value ?? DBNull.Value;
}
