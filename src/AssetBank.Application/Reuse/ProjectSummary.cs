using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>One project in a list: what it is and where its gate stands.</summary>
public sealed record ProjectSummary(
    string Code,
    string? Name,
    string Client,
    string? Team,
    DateOnly? PlannedStart,
    decimal PlannedCost,
    decimal ConfirmedRate,
    GateOutcome Outcome,
    int BriefVersion);
