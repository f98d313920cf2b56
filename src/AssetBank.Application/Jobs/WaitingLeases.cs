using System.Collections.Concurrent;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;

namespace AssetBank.Application.Jobs;

/// <summary>
/// The leases of a claimed image batch that have not started yet: renewed together on the heartbeat, so the last
/// image of a batch keeps its claim while the first ones run, and given back untouched when the worker stops.
/// </summary>
internal sealed class WaitingLeases : IAsyncDisposable
{
    private readonly IIngestionJobs _queue;
    private readonly JobOptions _settings;
    private readonly ConcurrentDictionary<long, JobLease> _waiting;
    private readonly ConcurrentDictionary<long, bool> _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;

    public WaitingLeases(IIngestionJobs queue, JobOptions settings, IEnumerable<JobLease> leases)
    {
        _queue = queue;
        _settings = settings;
        _waiting = new ConcurrentDictionary<long, JobLease>(leases.Select(l => KeyValuePair.Create(l.JobId, l)));
        _heartbeat = _waiting.IsEmpty ? Task.CompletedTask : HeartbeatAsync();
    }

    /// <summary>Takes the lease out of the waiting set to run it; false when a renewal found it gone (another worker has it).</summary>
    public bool TryStart(JobLease lease)
    {
        _waiting.TryRemove(lease.JobId, out _);
        return !_lost.ContainsKey(lease.JobId);
    }

    /// <summary>Returns every lease still waiting to the queue; their claim does not count as an attempt.</summary>
    public async Task ReturnAllAsync()
    {
        await _stop.CancelAsync();
        foreach (var lease in _waiting.Values)
        {
            try
            {
                await _queue.ReturnUnstartedAsync(lease, CancellationToken.None);
            }
            catch (CatalogException)
            {
                // The lease runs out by itself and another claim takes the job.
            }
        }

        _waiting.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _heartbeat;
        _stop.Dispose();
    }

    private async Task HeartbeatAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_settings.Heartbeat, _stop.Token);
                foreach (var lease in _waiting.Values)
                {
                    if (!await _queue.RenewAsync(lease, _settings.Lease, _stop.Token))
                    {
                        _lost[lease.JobId] = true;
                        _waiting.TryRemove(lease.JobId, out _);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (CatalogException)
            {
                // One missed beat is not a lost lease: the lease outlives several beats.
            }
        }
    }
}
