namespace AssetBank.Core.Catalog;

/// <summary>Opening, migrating and checking the catalog itself.</summary>
public interface ICatalogMaintenance
{
    /// <summary>Creates or migrates the schema and runs a quick integrity check. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Checks the database (a full integrity check) and every asset's stored data; names what is damaged.</summary>
    Task<CatalogCheckReport> CheckAsync(CancellationToken cancellationToken);
}
