using AssetBank.Application.Searching;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AssetBank.Web.Health;

/// <summary>Healthy when the search index contains every catalog change; degraded (with the lag) while it catches up.</summary>
public sealed class SearchIndexHealthCheck(ISearchIndex index, SearchIndexSync sync) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await index.RefreshAsync(cancellationToken);
            if (index.State.NeedsRebuild)
            {
                return HealthCheckResult.Degraded($"the search index needs a rebuild: {index.State.Reason}");
            }

            var lag = await sync.LagAsync(cancellationToken);
            return lag == 0
                ? HealthCheckResult.Healthy("the search index is current")
                : HealthCheckResult.Degraded($"the search index is lagging by {lag} changes");
        }
        catch (AssetBankException e)
        {
            return HealthCheckResult.Unhealthy(e.Message, e);
        }
    }
}
