using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>The kickoff reuse report of a project.</summary>
/// <param name="Project">The brief and its ledger.</param>
/// <param name="Lines">Per deliverable line: confirmations and candidates.</param>
/// <param name="Confirmed">Rates from confirmed reuse only: the gate's figures.</param>
/// <param name="Potential">Rates if the proposed candidates were confirmed too.</param>
/// <param name="Threshold">The gate (0–1).</param>
/// <param name="Outcome">The gate outcome now.</param>
/// <param name="GateChange">The gate decision this run recorded (<c>Blocked → Passed</c>); null when unchanged.</param>
/// <param name="SearchNote">How current the search index was, when it was not.</param>
public sealed record KickoffReport(
    ProjectState Project,
    IReadOnlyList<LineProposal> Lines,
    ReuseRates Confirmed,
    ReuseRates Potential,
    decimal Threshold,
    GateOutcome Outcome,
    string? GateChange,
    string? SearchNote);
