using AssetBank.Core.Errors;

namespace AssetBank.Application.Ingesting;

/// <summary>Reads through to the inner stream and stops with a clear refusal once more than the limit has come.</summary>
internal sealed class UploadLimitStream(Stream inner, ReadOnlyMemory<byte> head, long limit, string name) : Stream
{
    private int _headOffset;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (_headOffset < head.Length)
        {
            read = Math.Min(buffer.Length, head.Length - _headOffset);
            head.Slice(_headOffset, read).CopyTo(buffer);
            _headOffset += read;
        }
        else
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }

        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new ContentRejectedException(name, $"超过上传上限 {limit / 1048576} MB (larger than the upload limit of {limit} bytes)");
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
