using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>One deliverable line at kickoff: what is confirmed, what the bank proposes, and what that would make.</summary>
/// <param name="Line">The planned line.</param>
/// <param name="Label">The rate card's label for its kind.</param>
/// <param name="ConfirmedShare">Σ shares of its confirmations (capped at 100 % in the rates).</param>
/// <param name="Links">Its confirmations that count.</param>
/// <param name="Candidates">The best candidates not yet confirmed on it.</param>
/// <param name="PotentialShare">Confirmed share plus the candidates' proposed shares, at most 100 %.</param>
public sealed record LineProposal(
    DeliverableLine Line,
    string Label,
    decimal ConfirmedShare,
    IReadOnlyList<ReuseLink> Links,
    IReadOnlyList<ReuseCandidate> Candidates,
    decimal PotentialShare);
