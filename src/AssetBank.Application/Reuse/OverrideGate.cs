using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>
/// Lets a project below the gate start: only a leadership account or a person listed in <c>Reuse:Approvers</c> with the
/// leadership role, and only with a reason. Recorded as an override entry plus the gate decision it causes.
/// </summary>
public sealed class OverrideGate(ReuseLedgerWrites writes, IOptions<ReuseOptions> options, IUserAccounts accounts)
{
    public async Task<ReuseChange> OverrideAsync(string projectCode, string approver, string reason, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var subject = $"项目 {projectCode} 的豁免 (override)";
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestRejectedException(subject, "needs a reason (--reason)");
        }

        // A leadership account may override; so may a person listed in Reuse:Approvers (the CLI's list, from before accounts).
        var account = string.IsNullOrWhiteSpace(approver) ? null : await accounts.FindAsync(approver.Trim(), cancellationToken);
        var person = account is { Disabled: false, Role: UserRole.Leadership }
            ? new ReuseApprover { Name = account.Name, Role = ReuseOptions.LeadershipRole }
            : ReuseApprovers.RequireLeadership(options.Value, approver, subject);
        return await writes.AppendAsync("gate override", projectCode, person.Name, (state, at) =>
        {
            var outcome = state.Outcome(writes.Threshold);
            if (outcome != GateOutcome.Blocked)
            {
                var why = outcome == GateOutcome.Passed
                    ? $"passes the gate ({ProjectState.Percent(state.ConfirmedRates.CostWeighted)} ≥ {ProjectState.Percent(writes.Threshold)}); no override is needed"
                    : $"was already overridden by {state.Entries.Last(e => e.Action == ReuseLedgerAction.Overridden).Who}";
                throw new RequestRejectedException(subject, why);
            }

            return new ReuseLedgerEntry
            {
                ProjectCode = state.Brief.Code,
                Action = ReuseLedgerAction.Overridden,
                Who = person.Name,
                Role = person.Role,
                At = at,
                Reason = reason.Trim(),
                Before = $"{GateOutcome.Blocked} at {ProjectState.Percent(state.ConfirmedRates.CostWeighted)}",
                After = GateOutcome.Overridden.ToString(),
            };
        }, waiting, cancellationToken);
    }
}
