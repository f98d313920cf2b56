using AssetBank.Application.Writing;
using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>The one way the reuse use cases write: under the data folder's writer lock, the entry plus any gate decision it causes, in one transaction.</summary>
public sealed class ReuseLedgerWrites(IReuseLedger ledger, DataFolderWriterLock writerLock, IOptions<ReuseOptions> options, TimeProvider time)
{
    public decimal Threshold => options.Value.GateThreshold;

    /// <summary>Appends what <paramref name="decide"/> makes of the current state (it throws to refuse).</summary>
    public async Task<ReuseChange> AppendAsync(string purpose, string code, string who, Func<ProjectState, DateTimeOffset, ReuseLedgerEntry> decide, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync(purpose, waiting, cancellationToken);
        var at = time.GetUtcNow();
        var appended = await ledger.AppendAsync(code, state => GateLedger.WithGateDecision(state, [decide(state, at)], Threshold, who, at), cancellationToken);
        var after = await ledger.GetProjectAsync(code, cancellationToken)
            ?? throw new InvalidOperationException($"project {code} vanished during a write");
        return new ReuseChange(appended[0], GateLedger.Describe(appended), after.ConfirmedRates, after.Outcome(Threshold));
    }
}
