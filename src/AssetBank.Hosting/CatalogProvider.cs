namespace AssetBank.Hosting;

public enum CatalogProvider
{
    /// <summary>The embedded catalog file (SQLite): the default, no servers.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every process and machine (<c>Catalog:Postgres:ConnectionString</c>).</summary>
    Postgres,
}
