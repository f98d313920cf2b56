namespace AssetBank.Core.CatalogMigration;

/// <summary>
/// One table's copy: rows and an order-independent checksum of every value on each side (the same canonical text
/// of each value, so equal checksums mean equal multisets of rows).
/// </summary>
public sealed record CatalogTableCopy(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && string.Equals(SourceChecksum, TargetChecksum, StringComparison.Ordinal);
}
