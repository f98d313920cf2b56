using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;

namespace AssetBank.Application.Reuse;

/// <summary>Withdraws a confirmation with a new ledger entry that names it; the confirmation itself stays in the ledger.</summary>
public sealed class WithdrawReuse(ReuseLedgerWrites writes)
{
    public Task<ReuseChange> WithdrawAsync(string projectCode, long confirmationId, string who, string? reason, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(who))
        {
            throw new RequestRejectedException($"项目 {projectCode}", "say who withdraws (--who)");
        }

        return writes.AppendAsync("reuse withdraw", projectCode, who, (state, at) =>
        {
            var link = state.ActiveLinks.FirstOrDefault(l => l.Id == confirmationId)
                ?? throw new RequestRejectedException($"项目 {projectCode} 条目 {confirmationId}",
                    state.Entries.Any(e => e.Id == confirmationId && e.Action == ReuseLedgerAction.Confirmed) ? "was already withdrawn" : "is not a confirmation of this project");
            var current = state.ConfirmedShare(link.LineId);
            return new ReuseLedgerEntry
            {
                ProjectCode = state.Brief.Code,
                Action = ReuseLedgerAction.Withdrawn,
                Who = who,
                At = at,
                LineId = link.LineId,
                AssetId = link.Confirmation.AssetId,
                AssetKey = link.Confirmation.AssetKey,
                ShotIndex = link.Confirmation.ShotIndex,
                StartSeconds = link.Confirmation.StartSeconds,
                EndSeconds = link.Confirmation.EndSeconds,
                Share = link.Share,
                RefersTo = link.Id,
                Reason = reason,
                Before = ProjectState.Percent(current),
                After = ProjectState.Percent(current - link.Share),
            };
        }, waiting, cancellationToken);
    }
}
