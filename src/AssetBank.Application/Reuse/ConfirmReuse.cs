using AssetBank.Core.Accounts;
using AssetBank.Application.Accounts;
using System.Globalization;
using AssetBank.Application.Rights;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>
/// Records that a bank asset, shot or time range covers a share of a deliverable line. Refused when the asset is gone
/// from the store, the shot or range does not exist, or the line's confirmed shares would pass 100 % — checked inside
/// the write, so two strategists confirming one line at once cannot both pass.
/// </summary>
public sealed class ConfirmReuse(IAssetReader assets, IReuseLedger ledger, ReuseLedgerWrites writes, CandidateRights rights, IOptions<ReuseOptions> options, AuditLog audit, IUserAccounts accounts)
{
    public async Task<ReuseChange> ConfirmAsync(ConfirmReuseRequest request, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subject = $"项目 {request.ProjectCode} 行 {request.LineId}";
        if (string.IsNullOrWhiteSpace(request.Who))
        {
            throw new RequestRejectedException(subject, "say who confirms (--who)");
        }

        if (request.Share is { } asked && (asked <= 0m || asked > 1m))
        {
            throw new RequestRejectedException(subject, $"share {ProjectState.Percent(asked)} must be above 0 % and at most 100 % of the line");
        }

        var asset = await assets.FindByKeyAsync(request.AssetKey, cancellationToken)
            ?? throw new RequestRejectedException(request.AssetKey, "no asset with this key in the bank");
        if (asset.Status == AssetStatus.Deleted)
        {
            throw new RequestRejectedException(request.AssetKey, $"was deleted from the store (last seen {asset.LastSeen:yyyy-MM-dd}); a deleted asset cannot be reused");
        }

        if (asset.Status != AssetStatus.Processed)
        {
            throw new RequestRejectedException(request.AssetKey, $"is {asset.Status.ToString().ToLowerInvariant()}, not processed; only ingested assets can be reused");
        }

        var (start, end) = await RangeAsync(asset, request, cancellationToken);
        var project = await ledger.GetProjectAsync(request.ProjectCode, cancellationToken)
            ?? throw new RequestRejectedException($"项目 {request.ProjectCode}", "is not registered; run `assetbank kickoff BRIEF` first");
        var planned = project.Brief.FindLine(request.LineId)
            ?? throw new RequestRejectedException(subject, $"no such line; the brief has {string.Join(", ", project.Brief.Lines.Select(l => l.Id))}");
        var share = request.Share ?? Math.Min(1m, ReuseMath.UnitsCovered(planned.Unit, end - start) / planned.Quantity);
        var rightsOverride = await RightsOverrideAsync(asset, request, project.Brief, cancellationToken);

        return await writes.AppendAsync("reuse confirm", request.ProjectCode, request.Who, (state, at) =>
        {
            var line = state.Brief.FindLine(request.LineId) ?? throw new RequestRejectedException(subject, "the line was removed from the brief");
            var links = state.ActiveLinks.Where(l => string.Equals(l.LineId, line.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (links.FirstOrDefault(l => l.Confirmation.AssetId == asset.Id && l.Confirmation.ShotIndex == request.ShotIndex
                    && l.Confirmation.StartSeconds == start && l.Confirmation.EndSeconds == end) is { } same)
            {
                throw new RequestRejectedException(subject, $"{asset.Key} is already confirmed on this line (entry {same.Id} by {same.Confirmation.Who}); withdraw it to change the share");
            }

            var current = links.Sum(l => l.Share);
            if (current + share > 1m)
            {
                throw new RequestRejectedException(subject, $"a share of {ProjectState.Percent(share)} would bring the line to {ProjectState.Percent(current + share)}; {ProjectState.Percent(current)} is already confirmed ({string.Join(", ", links.Select(l => $"entry {l.Id} by {l.Confirmation.Who}"))}) — lower the share or withdraw one");
            }

            return new ReuseLedgerEntry
            {
                ProjectCode = state.Brief.Code,
                Action = ReuseLedgerAction.Confirmed,
                Who = request.Who,
                At = at,
                LineId = line.Id,
                AssetId = asset.Id,
                AssetKey = asset.Key,
                ShotIndex = request.ShotIndex,
                StartSeconds = start,
                EndSeconds = end,
                Share = share,
                Before = ProjectState.Percent(current),
                After = ProjectState.Percent(current + share),
                Reason = rightsOverride,
            };
        }, waiting, cancellationToken);
    }

    /// <summary>
    /// Refuses an asset whose recorded rights do not cover the brief's media, territories and dates, unless leadership
    /// approves with a reason; the approval is recorded on the confirmation.
    /// </summary>
    private async Task<string?> RightsOverrideAsync(Asset asset, ConfirmReuseRequest request, ProjectBrief brief, CancellationToken cancellationToken)
    {
        var gaps = await rights.GapsAsync(asset.Id, request.ShotIndex, brief, cancellationToken);
        if (gaps.Count == 0)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(request.RightsApprover))
        {
            // Counted by `rights blocked`: reuse the bank could have had, stopped by rights.
            await audit.RecordAsync(request.Who, RightsReports.BlockedAction, request.AssetKey, "refused", $"{brief.Code}/{request.LineId}: {string.Join("; ", gaps)}", cancellationToken);
            throw new RequestRejectedException(request.AssetKey, $"授权不覆盖本项目 (its rights do not cover project {brief.Code}): {string.Join("; ", gaps)}; to reuse it anyway, leadership approves with --rights-approver NAME --rights-reason TEXT");
        }

        var subject = $"{request.AssetKey} 的授权豁免 (rights override)";
        if (string.IsNullOrWhiteSpace(request.RightsReason))
        {
            throw new RequestRejectedException(subject, "needs a reason (--rights-reason)");
        }

        // As for the gate: a leadership account, or a leadership name listed in Reuse:Approvers.
        var account = await accounts.FindAsync(request.RightsApprover.Trim(), cancellationToken);
        var person = account is { Disabled: false, Role: UserRole.Leadership }
            ? new ReuseApprover { Name = account.Name, Role = ReuseOptions.LeadershipRole }
            : ReuseApprovers.RequireLeadership(options.Value, request.RightsApprover, subject);
        await audit.RecordAsync(person.Name, RightsReports.OverriddenAction, request.AssetKey, "ok", $"{brief.Code}/{request.LineId}: {request.RightsReason.Trim()}", cancellationToken);
        return $"授权豁免 (rights override) {person.Name} [{person.Role}]: {request.RightsReason.Trim()} — {string.Join("; ", gaps)}";
    }

    private async Task<(double? Start, double? End)> RangeAsync(Asset asset, ConfirmReuseRequest request, CancellationToken cancellationToken)
    {
        if (request.ShotIndex is null && request.StartSeconds is null && request.EndSeconds is null && asset.Kind is not (AssetKind.Video or AssetKind.Audio))
        {
            return (null, null);
        }

        if (request.ShotIndex is not null && (request.StartSeconds is not null || request.EndSeconds is not null))
        {
            throw new RequestRejectedException(request.AssetKey, "give a shot or a time range, not both");
        }

        var media = (await assets.GetDerivedAsync(asset.Id, cancellationToken)).Media;
        var duration = media?.Probe?.Duration?.TotalSeconds;
        if (request.ShotIndex is { } index)
        {
            var shot = media?.Shots.FirstOrDefault(s => s.Index == index)
                ?? throw new RequestRejectedException(request.AssetKey, string.Create(CultureInfo.InvariantCulture, $"has no shot {index} (it has {media?.Shots.Count ?? 0})"));
            return (shot.Start.TotalSeconds, shot.End.TotalSeconds);
        }

        if (request.StartSeconds is null && request.EndSeconds is null)
        {
            return duration is { } whole ? (0d, whole) : (null, null);
        }

        var start = request.StartSeconds ?? 0d;
        var end = request.EndSeconds ?? duration ?? throw new RequestRejectedException(request.AssetKey, "its duration is unknown; give the end of the range");
        if (start < 0 || end <= start || (duration is { } length && end > length + 0.5))
        {
            throw new RequestRejectedException(request.AssetKey, string.Create(CultureInfo.InvariantCulture, $"time range {start:0.##}–{end:0.##} s is not inside the asset ({duration?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?"} s)"));
        }

        return (start, end);
    }
}
