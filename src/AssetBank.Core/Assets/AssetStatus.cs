namespace AssetBank.Core.Assets;

public enum AssetStatus
{
    /// <summary>Discovered (new or changed ETag) and not yet processed.</summary>
    Pending = 0,
    Processed,
    Failed,
    /// <summary>Gone from the store; the catalog keeps the row and its history.</summary>
    Deleted,
}
