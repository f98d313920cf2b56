namespace AssetBank.Core.Search;

/// <summary>The health of an index: as its last commit says, as found when searching, or after a rebuild.</summary>
/// <param name="NeedsRebuild">True when the caller should rebuild the index from the catalog; only a rebuild clears it.</param>
/// <param name="Reason">Why (<c>missing</c>, <c>corrupt: …</c>, <c>schema changed</c>, <c>taxonomy changed</c>); null when healthy.</param>
public sealed record SearchIndexState(bool NeedsRebuild, string? Reason)
{
    public static SearchIndexState Healthy { get; } = new(false, null);

    public static SearchIndexState Rebuild(string reason) => new(true, reason);
}
