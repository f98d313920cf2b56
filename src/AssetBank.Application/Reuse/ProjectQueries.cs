using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>Registered projects for lists and pickers, newest planned start first.</summary>
public sealed class ProjectQueries(IReuseLedger ledger, IOptions<ReuseOptions> options)
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
}
