using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>Appends a gate decision whenever a change moves a project's gate outcome (and at its first kickoff).</summary>
internal static class GateLedger
{
    /// <summary>The entries to append: <paramref name="drafts"/>, then a gate decision if they change the outcome.</summary>
    public static IReadOnlyList<ReuseLedgerEntry> WithGateDecision(ProjectState state, IReadOnlyList<ReuseLedgerEntry> drafts, decimal threshold, string who, DateTimeOffset at)
    {
        // Drafts have no ids yet; give them ids no stored entry has, so the projected state can tell them apart.
        var projected = state with { Entries = [.. state.Entries, .. drafts.Select((d, i) => d with { Id = long.MaxValue - i })] };
        var after = projected.Outcome(threshold);
        var before = state.RecordedOutcome;
        if (before == after)
        {
            return drafts;
        }

        return
        [
            .. drafts,
            new ReuseLedgerEntry
            {
                ProjectCode = state.Brief.Code,
                Action = ReuseLedgerAction.GateDecided,
                Who = who,
                At = at,
                Before = before?.ToString(),
                After = after.ToString(),
                Reason = $"confirmed cost-weighted rate {ProjectState.Percent(projected.ConfirmedRates.CostWeighted)}, gate {ProjectState.Percent(threshold)}",
            },
        ];
    }

    public static string? Describe(IReadOnlyList<ReuseLedgerEntry> appended) =>
        appended.LastOrDefault(e => e.Action == ReuseLedgerAction.GateDecided) is { } gate
            ? $"{gate.Before ?? "—"} → {gate.After}"
            : null;
}
