namespace AssetBank.Core.Similarity;

/// <summary>Where a copyright alarm stands: an open alarm keeps the item from being cleared for use.</summary>
public enum AlarmStatus
{
    Open,

    /// <summary>A reviewer found the use allowed (e.g. licensed), with a reason.</summary>
    Approved,

    /// <summary>A reviewer found it not allowed: the item must not ship.</summary>
    Rejected,
}
