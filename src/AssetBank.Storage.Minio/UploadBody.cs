namespace AssetBank.Storage.Minio;

/// <summary>A stream of unknown length turned into what the SDK can upload: content with a known, non-zero size.</summary>
/// <remarks>
/// Minio SDK 7.0.0 needs the size up front. Its "unknown size" mode (-1) plans 3125 parts of 16 MiB and stops there,
/// so a longer stream would be cut at 50 GiB without an error, and its part reader allocates a fresh part-sized
/// buffer for every <c>ReadAsync</c> call, which is ruinous on network streams that return a few KiB at a time.
/// So: a seekable stream is passed through with its remaining length; anything else is read into memory up to
/// 5 MiB (one PUT) and spooled to a self-deleting temporary file beyond that, which the SDK then sends as a
/// multipart upload with part sizes planned for the real size, reading whole parts from disk.
/// </remarks>
internal sealed class UploadBody : IAsyncDisposable
{
    /// <summary>How much of a non-seekable stream is held in memory; up to this the SDK sends a single PUT.</summary>
    public const int SinglePartLimit = 5 * 1024 * 1024;

    private readonly bool _owned;
    private readonly string? _tempPath;

    private UploadBody(Stream content, long size, bool owned, string? tempPath = null)
    {
        Content = content;
        Size = size;
        _owned = owned;
        _tempPath = tempPath;
    }

    public Stream Content { get; }

    public long Size { get; }

    public bool IsEmpty => Size == 0;

    public static async Task<UploadBody> PrepareAsync(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.CanSeek)
        {
            var remaining = source.Length - source.Position;
            return new UploadBody(source, Math.Max(remaining, 0), owned: false);
        }

        var head = new byte[SinglePartLimit];
        var filled = await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (filled < head.Length)
        {
            return new UploadBody(new MemoryStream(head, 0, filled, writable: false), filled, owned: true);
        }

        var path = Path.Combine(Path.GetTempPath(), $"assetbank-s3-upload-{Guid.NewGuid():N}.part");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await file.WriteAsync(head, cancellationToken);
            await source.CopyToAsync(file, 1024 * 1024, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new UploadBody(file, file.Length, owned: true, path);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await Content.DisposeAsync();
        }

        if (_tempPath is not null && File.Exists(_tempPath))
        {
            File.Delete(_tempPath);
        }
    }
}
