using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>What a confirmation, withdrawal or override appended, and where the project stands after it.</summary>
/// <param name="Entry">The entry asked for.</param>
/// <param name="GateChange">The gate decision it caused (<c>Blocked → Passed</c>); null when the outcome did not change.</param>
/// <param name="Rates">The confirmed rates after it.</param>
/// <param name="Outcome">The gate outcome after it.</param>
public sealed record ReuseChange(ReuseLedgerEntry Entry, string? GateChange, ReuseRates Rates, GateOutcome Outcome);
