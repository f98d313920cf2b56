using System.ComponentModel.DataAnnotations;

namespace AssetBank.Catalog.Postgres;

public sealed class PostgresCatalogOptions
{
    public const string SectionName = "Catalog:Postgres";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Port=5432;Username=assetbank;Password=…;Database=assetbank</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = string.Empty;
}
