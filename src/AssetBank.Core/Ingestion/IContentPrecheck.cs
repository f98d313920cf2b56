namespace AssetBank.Core.Ingestion;

/// <summary>
/// Refuses content from its first bytes, before the object is copied: a 1 GiB run of zeros or an unknown binary format
/// should cost one ranged read, not a full download.
/// </summary>
public interface IContentPrecheck
{
    /// <summary>How many leading bytes <see cref="Check"/> wants.</summary>
    int HeadLength { get; }

    /// <summary>Null when the content may be what we handle; otherwise why it is refused.</summary>
    /// <param name="key">The object's key.</param>
    /// <param name="head">The first bytes (fewer when the object is shorter).</param>
    /// <param name="totalLength">The object's size from the listing.</param>
    string? Check(string key, ReadOnlySpan<byte> head, long totalLength);
}
