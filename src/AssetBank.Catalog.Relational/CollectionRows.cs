using System.Data.Common;
using AssetBank.Core.Collections;

namespace AssetBank.Catalog.Relational;

/// <summary>How <c>collection_items</c> rows are read.</summary>
public static class CollectionRows
{
    public const string ItemColumns = "id, position, kind, asset_id, asset_key, shot_index, start_seconds, end_seconds, text, note, added_by, added_at";

    /// <summary>Reads the <see cref="ItemColumns"/> starting at column 0.</summary>
    public static CollectionItem ReadItem(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CollectionItem
        {
            Id = r.GetInt64(0),
            Position = r.GetInt32(1),
            Kind = Enum.Parse<CollectionItemKind>(r.GetString(2), ignoreCase: true),
            AssetId = r.IsDBNull(3) ? null : r.GetInt64(3),
            AssetKey = r.IsDBNull(4) ? null : r.GetString(4),
            ShotIndex = r.IsDBNull(5) ? null : r.GetInt32(5),
            StartSeconds = r.IsDBNull(6) ? null : r.GetDouble(6),
            EndSeconds = r.IsDBNull(7) ? null : r.GetDouble(7),
            Text = r.IsDBNull(8) ? null : r.GetString(8),
            Note = r.IsDBNull(9) ? null : r.GetString(9),
            AddedBy = r.GetString(10),
            AddedAt = CatalogTimes.Parse(r.GetString(11)),
        };
    }
}
