using System.ComponentModel.DataAnnotations;

namespace AssetBank.Storage.Minio;

/// <summary>Where the S3 bucket lives and how to reach it; bound from configuration and validated at start-up.</summary>
public sealed class MinioStoreOptions
{
    /// <summary>The server as <c>host:port</c>, without a scheme (that is <see cref="UseSsl"/>), e.g. <c>minio:9000</c>.</summary>
    [Required]
    public string Endpoint { get; set; } = string.Empty;

    [Required]
    public string AccessKey { get; set; } = string.Empty;

    [Required]
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>The bucket holding the assets; an S3 bucket name (3–63 characters: a–z, 0–9, '.', '-').</summary>
    [Required]
    public string Bucket { get; set; } = string.Empty;

    public bool UseSsl { get; set; }

    /// <summary>The bucket's region; left empty, the SDK asks the server (MinIO and Ceph answer us-east-1).</summary>
    public string? Region { get; set; }

    /// <summary>Create the bucket on start-up when it does not exist.</summary>
    public bool CreateBucketIfMissing { get; set; } = true;

    /// <summary>The limit on one HTTP request (one part of a multipart upload, not a whole large upload or download).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The limit on opening a TCP connection, so that an unreachable endpoint fails quickly.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
