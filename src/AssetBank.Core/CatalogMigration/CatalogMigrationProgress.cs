namespace AssetBank.Core.CatalogMigration;

/// <summary>Rows of one table copied so far, out of the rows it holds.</summary>
public sealed record CatalogMigrationProgress(string Table, long Copied, long Total);
