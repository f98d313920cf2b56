namespace AssetBank.Application.Reuse;

/// <summary>A strategist's confirmation that a bank asset, one of its shots, or a time range of it covers part of a line.</summary>
/// <param name="ProjectCode">The project.</param>
/// <param name="LineId">The deliverable line.</param>
/// <param name="AssetKey">The asset's object key.</param>
/// <param name="ShotIndex">A shot of the video; null for the whole asset or a time range.</param>
/// <param name="StartSeconds">Start of a time range.</param>
/// <param name="EndSeconds">End of a time range.</param>
/// <param name="Share">Share of the line covered (0–1]; null to use what the asset covers: one unit, or its duration for film.</param>
/// <param name="Who">Who confirms.</param>
public sealed record ConfirmReuseRequest(
    string ProjectCode,
    string LineId,
    string AssetKey,
    int? ShotIndex,
    double? StartSeconds,
    double? EndSeconds,
    decimal? Share,
    string Who)
{
    /// <summary>Leadership approving reuse although the asset's rights do not cover the project (see <c>Reuse:Approvers</c>).</summary>
    public string? RightsApprover { get; init; }

    /// <summary>Why the rights gap is accepted; required with <see cref="RightsApprover"/>.</summary>
    public string? RightsReason { get; init; }
}
