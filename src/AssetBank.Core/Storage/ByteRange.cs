namespace AssetBank.Core.Storage;

/// <summary>An inclusive-start byte range; <see cref="Length"/> null means "to the end".</summary>
public sealed record ByteRange
{
    public ByteRange(long offset, long? length = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (length is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(l);
        }

        Offset = offset;
        Length = length;
    }

    public long Offset { get; }

    public long? Length { get; }

    /// <summary>The HTTP Range header value, e.g. <c>bytes=100-199</c>.</summary>
    public string ToHttpRange() =>
        Length is { } l ? $"bytes={Offset}-{Offset + l - 1}" : $"bytes={Offset}-";
}
