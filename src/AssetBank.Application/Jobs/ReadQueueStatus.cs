using AssetBank.Core.Jobs;

namespace AssetBank.Application.Jobs;

/// <summary><c>assetbank queue status</c> and <c>GET /api/queue</c>: depth by state and priority, throughput, oldest job, leases per worker.</summary>
public sealed class ReadQueueStatus(IIngestionJobs queue)
{
    public Task<JobQueueStatus> ReadAsync(CancellationToken cancellationToken) => queue.GetStatusAsync(cancellationToken);
}
