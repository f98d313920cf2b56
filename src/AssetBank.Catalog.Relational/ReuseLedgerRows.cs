using System.Data.Common;
using System.Globalization;
using AssetBank.Core.Reuse;

namespace AssetBank.Catalog.Relational;

/// <summary>How a <c>reuse_ledger</c> row is read.</summary>
public static class ReuseLedgerRows
{
    public const string Columns = "id, project_code, action, who, role, at, line_id, asset_id, asset_key, shot_index, start_seconds, end_seconds, share, refers_to, reason, before, after";

    /// <summary>Reads the <see cref="Columns"/> starting at column 0.</summary>
    public static ReuseLedgerEntry Read(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new ReuseLedgerEntry
        {
            Id = r.GetInt64(0),
            ProjectCode = r.GetString(1),
            Action = Enum.Parse<ReuseLedgerAction>(r.GetString(2)),
            Who = r.GetString(3),
            Role = S(4),
            At = CatalogTimes.Parse(r.GetString(5)),
            LineId = S(6),
            AssetId = r.IsDBNull(7) ? null : r.GetInt64(7),
            AssetKey = S(8),
            ShotIndex = r.IsDBNull(9) ? null : r.GetInt32(9),
            StartSeconds = r.IsDBNull(10) ? null : r.GetDouble(10),
            EndSeconds = r.IsDBNull(11) ? null : r.GetDouble(11),
            Share = S(12) is { } share ? decimal.Parse(share, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
            RefersTo = r.IsDBNull(13) ? null : r.GetInt64(13),
            Reason = S(14),
            Before = S(15),
            After = S(16),
        };
    }
}
