using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;

namespace AssetBank.Hosting;

/// <summary>
/// The job queue where the catalog is the embedded file: workers on other machines cannot reach it, so every queue
/// command says what to configure instead. The embedded bank ingests in-process with <c>assetbank ingest</c>.
/// </summary>
internal sealed class EmbeddedIngestionJobsUnavailable : IIngestionJobs
{
    public Task<int> EnqueueAsync(IReadOnlyList<string> keys, int priority, int maxAttempts, CancellationToken cancellationToken) => throw Refusal();

    public Task<IReadOnlyList<JobLease>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken) => throw Refusal();

    public Task<bool> RenewAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken) => throw Refusal();

    public Task<bool> HoldsAsync(JobLease lease, CancellationToken cancellationToken) => throw Refusal();

    public Task<Asset?> CommitAsync(JobLease lease, Asset asset, AssetDerivedData derived, CancellationToken cancellationToken) => throw Refusal();

    public Task<bool> FailAsync(JobLease lease, string etag, string reason, DateTimeOffset at, CancellationToken cancellationToken) => throw Refusal();

    public Task<bool> FinishAsync(JobLease lease, CancellationToken cancellationToken) => throw Refusal();

    public Task ReleaseAsync(JobLease lease, string reason, CancellationToken cancellationToken) => throw Refusal();

    public Task<JobQueueStatus> GetStatusAsync(CancellationToken cancellationToken) => throw Refusal();

    private static RequestRejectedException Refusal() => new(
        "Catalog:Provider",
        "the shared job queue lives in the PostgreSQL catalog: set Catalog:Provider=Postgres and Catalog:Postgres:ConnectionString (e.g. --set …); the embedded bank ingests in-process with `assetbank ingest`");
}
