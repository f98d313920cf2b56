using System.Globalization;

namespace AssetBank.Core.Reuse;

/// <summary>A project's current brief and its whole ledger, from which every current figure is derived.</summary>
/// <param name="Brief">The latest version of the brief.</param>
/// <param name="BriefVersion">1 for the first registration.</param>
/// <param name="Entries">The project's ledger entries in the order they were appended.</param>
public sealed record ProjectState(ProjectBrief Brief, int BriefVersion, IReadOnlyList<ReuseLedgerEntry> Entries)
{
    /// <summary>Confirmations not withdrawn, on lines the current brief still has.</summary>
    public IReadOnlyList<ReuseLink> ActiveLinks
    {
        get
        {
            var withdrawn = Entries.Where(e => e.Action == ReuseLedgerAction.Withdrawn && e.RefersTo is not null)
                .Select(e => e.RefersTo!.Value).ToHashSet();
            return Entries
                .Where(e => e.Action == ReuseLedgerAction.Confirmed && !withdrawn.Contains(e.Id))
                .Select(e => (Entry: e, Line: e.LineId is null ? null : Brief.FindLine(e.LineId)))
                .Where(x => x.Line is not null)
                .Select(x => new ReuseLink(x.Entry, ReuseMath.Cost(x.Line!, x.Entry.Share ?? 0m)))
                .ToList();
        }
    }

    public bool IsOverridden => Entries.Any(e => e.Action == ReuseLedgerAction.Overridden);

    /// <summary>The outcome last written to the ledger; null before the first gate decision.</summary>
    public GateOutcome? RecordedOutcome =>
        Entries.LastOrDefault(e => e.Action == ReuseLedgerAction.GateDecided) is { After: { } after } &&
        Enum.TryParse<GateOutcome>(after, ignoreCase: true, out var outcome) ? outcome : null;

    /// <summary>Σ active shares of a line (may exceed 1 only if the ledger was written by something that skipped the checks).</summary>
    public decimal ConfirmedShare(string lineId) =>
        ActiveLinks.Where(l => string.Equals(l.LineId, lineId, StringComparison.OrdinalIgnoreCase)).Sum(l => l.Share);

    public ReuseRates ConfirmedRates => ReuseMath.Rates(Brief, line => ConfirmedShare(line.Id));

    public GateOutcome Outcome(decimal threshold) => ReuseMath.Gate(ConfirmedRates.CostWeighted, threshold, IsOverridden);

    /// <summary>Shares as people write them: <c>40%</c>.</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
