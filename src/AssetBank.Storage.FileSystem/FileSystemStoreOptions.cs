using System.ComponentModel.DataAnnotations;

namespace AssetBank.Storage.FileSystem;

public sealed class FileSystemStoreOptions
{
    public const string SectionName = "Store:FileSystem";

    /// <summary>The folder that holds the objects; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Root { get; set; } = "data/store";
}
