using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>Registered projects for lists and pickers, newest planned start first.</summary>
public sealed class ProjectQueries(IReuseLedger ledger, RateCardFile rateCard, IOptions<ReuseOptions> options)
{
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var threshold = options.Value.GateThreshold;
        var projects = new List<ProjectSummary>();
        await foreach (var state in ledger.ListProjectsAsync(cancellationToken))
        {
            var brief = state.Brief;
            projects.Add(new ProjectSummary(
                brief.Code, brief.Name, brief.Client, brief.Team, brief.PlannedStart, brief.PlannedCost,
                state.ConfirmedRates.CostWeighted, state.Outcome(threshold), state.BriefVersion));
        }

        return projects.OrderByDescending(p => p.PlannedStart).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every deliverable line of the newest projects, read from the briefs alone (no candidate search).</summary>
    public async Task<IReadOnlyList<ProjectLine>> ListLinesAsync(int projects, CancellationToken cancellationToken)
    {
        var card = await rateCard.LoadAsync(cancellationToken);
        var states = new List<ProjectState>();
        await foreach (var state in ledger.ListProjectsAsync(cancellationToken))
        {
            states.Add(state);
        }

        return states
            .OrderByDescending(s => s.Brief.PlannedStart).ThenBy(s => s.Brief.Code, StringComparer.Ordinal)
            .Take(projects)
            .SelectMany(s => s.Brief.Lines.Select(l => new ProjectLine(
                s.Brief.Code, s.Brief.Name ?? s.Brief.Code, l.Id, $"{card.Find(l.Kind)?.Label ?? l.Kind} {l.Id}")))
            .ToList();
    }
}
