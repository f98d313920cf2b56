using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Similarity;

namespace AssetBank.Catalog.Relational;

/// <summary>How <c>similarity_alarms</c>, <c>reference_items</c> and <c>copy_reference_items</c> rows are read, and regions and passages written.</summary>
public static class SimilarityRows
{
    public const string AlarmColumns = "id, asset_id, asset_key, shot_index, start_seconds, end_seconds, modality, percent, reference_id, library, licence, "
        + "reference_item, query_region, reference_region, mirrored, ai_generated, raised_at, status, decided_by, decided_at, reason, passages, "
        + "reference_start_seconds, reference_end_seconds";

    /// <summary>A matched region as stored: <c>x,y,width,height</c>.</summary>
    public static string? FormatRegion(MatchedRegion? region) => region is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{region.X:0.####},{region.Y:0.####},{region.Width:0.####},{region.Height:0.####}");

    /// <summary>A copy alarm's passages as stored (JSON); null for a picture's alarm, which has none.</summary>
    public static string? FormatPassages(IReadOnlyList<MatchedPassage> passages) =>
        passages is null or { Count: 0 } ? null : JsonSerializer.Serialize(passages);

    /// <summary>Reads the <see cref="AlarmColumns"/> starting at column 0.</summary>
    public static CopyrightAlarm ReadAlarm(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new CopyrightAlarm
        {
            Id = reader.GetInt64(0),
            AssetId = reader.GetInt64(1),
            AssetKey = reader.GetString(2),
            ShotIndex = reader.IsDBNull(3) ? null : reader.GetInt32(3),
            StartSeconds = reader.IsDBNull(4) ? null : reader.GetDouble(4),
            EndSeconds = reader.IsDBNull(5) ? null : reader.GetDouble(5),
            Modality = reader.GetString(6),
            Percent = reader.GetDouble(7),
            ReferenceId = reader.GetInt64(8),
            Library = reader.GetString(9),
            Licence = reader.GetString(10),
            ReferenceItem = reader.GetString(11),
            QueryRegion = ParseRegion(reader, 12),
            ReferenceRegion = ParseRegion(reader, 13),
            Mirrored = reader.GetInt32(14) != 0,
            AiGenerated = reader.GetInt32(15) != 0,
            RaisedAt = CatalogTimes.Parse(reader.GetString(16)),
            Status = Enum.Parse<AlarmStatus>(reader.GetString(17)),
            DecidedBy = reader.IsDBNull(18) ? null : reader.GetString(18),
            DecidedAt = reader.IsDBNull(19) ? null : CatalogTimes.Parse(reader.GetString(19)),
            Reason = reader.IsDBNull(20) ? null : reader.GetString(20),
            // The shared empty list when there are none, so a picture's alarm reads back equal to the one recorded.
            Passages = reader.IsDBNull(21) ? Array.Empty<MatchedPassage>() : JsonSerializer.Deserialize<MatchedPassage[]>(reader.GetString(21)) ?? Array.Empty<MatchedPassage>(),
            ReferenceStartSeconds = reader.IsDBNull(22) ? null : reader.GetDouble(22),
            ReferenceEndSeconds = reader.IsDBNull(23) ? null : reader.GetDouble(23),
        };
    }

    /// <summary>Reads <c>id, library, item_id, size, modified, signature</c> and, with <paramref name="withPreview"/>, <c>preview</c>.</summary>
    public static ReferencePicture ReadPicture(DbDataReader reader, bool withPreview)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), CatalogTimes.Parse(reader.GetString(4)), (byte[])reader.GetValue(5))
        {
            Preview = withPreview && !reader.IsDBNull(6) ? (byte[])reader.GetValue(6) : [],
        };
    }

    private static MatchedRegion? ParseRegion(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var parts = reader.GetString(column).Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length == 4 ? new MatchedRegion(parts[0], parts[1], parts[2], parts[3]) : null;
    }

    /// <summary>Reads <c>id, library, item_id, size, modified, signature</c> and, with <paramref name="withText"/>, <c>text</c>.</summary>
    public static ReferenceCopy ReadCopy(DbDataReader reader, bool withText)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), CatalogTimes.Parse(reader.GetString(4)), (byte[])reader.GetValue(5),
            withText ? reader.GetString(6) : string.Empty);
    }
}
