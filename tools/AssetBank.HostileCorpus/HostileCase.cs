namespace AssetBank.HostileCorpus;

/// <summary>One file of the corpus and what ingesting it must come to.</summary>
/// <param name="Id">Short stable name, used to run or measure one case.</param>
/// <param name="FileName">The file's name in the corpus folder (some names are themselves the hostile part).</param>
/// <param name="Expected"><c>failed</c> or <c>processed</c>.</param>
/// <param name="Reason">For <c>failed</c>: a substring of the refusal; for <c>processed</c>: a substring of a warning that must be there, or null.</param>
/// <param name="Description">What the case is and why it is hostile.</param>
public sealed record HostileCase(string Id, string FileName, string Expected, string? Reason, string Description)
{
    public const string Failed = "failed";
    public const string Processed = "processed";
}
