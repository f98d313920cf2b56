namespace AssetBank.Core.CatalogMigration;

public sealed record CatalogMigrationReport(string Source, string Target, IReadOnlyList<CatalogTableCopy> Tables)
{
    public bool Verified => Tables.All(t => t.Matches);
}
