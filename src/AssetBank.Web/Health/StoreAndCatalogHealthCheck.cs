using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AssetBank.Web.Health;

/// <summary>Ready when the object store answers and the catalog opens.</summary>
public sealed class StoreAndCatalogHealthCheck(IObjectStore store, ICatalogMaintenance catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.EnsureReadyAsync(cancellationToken);
            await catalog.InitializeAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{store.Name} and the catalog are reachable");
        }
        catch (AssetBankException e)
        {
            return HealthCheckResult.Unhealthy(e.Message, e);
        }
    }
}
