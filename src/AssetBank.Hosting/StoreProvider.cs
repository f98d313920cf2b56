namespace AssetBank.Hosting;

public enum StoreProvider
{
    /// <summary>A local folder: the embedded default, no servers.</summary>
    FileSystem,

    /// <summary>An S3 bucket on MinIO (or any S3-compatible server).</summary>
    Minio,
}
