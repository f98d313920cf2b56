namespace AssetBank.Application.Reuse;

/// <summary>A bank asset or shot proposed for a deliverable line, with why it matches.</summary>
/// <param name="AssetId">Catalog id.</param>
/// <param name="Key">Object key, as <c>reuse confirm</c> takes it.</param>
/// <param name="ShotIndex">The shot, for shot hits.</param>
/// <param name="StartSeconds">Shot start.</param>
/// <param name="EndSeconds">Shot end.</param>
/// <param name="TimeCode">Shot time code <c>mm:ss–mm:ss</c>.</param>
/// <param name="Title">Asset title when known.</param>
/// <param name="GroupLabel">What it is (TVC, 小红书笔记…).</param>
/// <param name="Score">Search relevance.</param>
/// <param name="MatchedDimensions">The brief's target terms it carries, as <c>情绪:焦虑</c>.</param>
/// <param name="Words">Words of the query found in its text.</param>
/// <param name="Rights">Licence and provenance as far as the catalog knows.</param>
/// <param name="ProposedShare">Share of the line it would cover: one unit for a piece, its duration for film.</param>
public sealed record ReuseCandidate(
    long AssetId,
    string Key,
    int? ShotIndex,
    double? StartSeconds,
    double? EndSeconds,
    string? TimeCode,
    string? Title,
    string GroupLabel,
    float Score,
    IReadOnlyList<string> MatchedDimensions,
    IReadOnlyList<string> Words,
    string Rights,
    decimal ProposedShare)
{
    /// <summary>What its recorded rights lack for the brief's media, territories and dates; a candidate with any cannot be confirmed without a rights override.</summary>
    public IReadOnlyList<string> RightsGaps { get; init; } = [];
}
