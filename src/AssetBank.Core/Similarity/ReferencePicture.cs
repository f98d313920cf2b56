namespace AssetBank.Core.Similarity;

/// <summary>One fingerprinted reference picture: its library, its own id there (path or the library's id), and a small preview.</summary>
public sealed record ReferencePicture(long Id, string Library, string ItemId, long Size, DateTimeOffset Modified, byte[] Signature)
{
    /// <summary>A small JPEG for side-by-side review; empty when none could be made.</summary>
    public byte[] Preview { get; init; } = [];
}
