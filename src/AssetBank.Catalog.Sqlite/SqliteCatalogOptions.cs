using System.ComponentModel.DataAnnotations;

namespace AssetBank.Catalog.Sqlite;

public sealed class SqliteCatalogOptions
{
    public const string SectionName = "Catalog";

    /// <summary>The catalog database file; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/catalog.db";
}
