namespace AssetBank.Catalog.Postgres;

/// <summary>One step of the PostgreSQL catalog schema.</summary>
internal sealed record PostgresMigration(int Version, string Description, string Sql);
