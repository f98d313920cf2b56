using System.ComponentModel.DataAnnotations;

namespace AssetBank.Storage.FileSystem;

public sealed class FileSystemStoreOptions
{
    public const string SectionName = "Store:FileSystem";

    /// <summary>The folder that holds the objects; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Root { get; set; } = "data/store";

    /// <summary>
    /// Files dropped in by hand larger than this get an ETag from their size and modification time instead of a hash of
    /// every byte, so listing a 5 GiB file the ingestion will refuse by size costs nothing.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long MaxHashedBytes { get; set; } = 4L * 1024 * 1024 * 1024;
}
