namespace AssetBank.Core.Rights;

/// <summary>One recorded change of an asset's rights: who, when, how (set, import, upload) and the grants before and after.</summary>
public sealed record RightsHistoryEntry(long Id, long AssetId, string Who, DateTimeOffset At, string Source, IReadOnlyList<RightsGrant> Before, IReadOnlyList<RightsGrant> After);
