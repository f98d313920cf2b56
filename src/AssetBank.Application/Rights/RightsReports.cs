using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>Rights reports for renewal and for producers: what expires soon, and what expired under an active project.</summary>
public sealed class RightsReports(IRightsStore store, IReuseLedger ledger, AuditLog audit, TimeProvider time)
{
    /// <summary>The audit action of a reuse confirmation refused because the asset's rights do not cover the project.</summary>
    public const string BlockedAction = "reuse.blocked-by-rights";

    /// <summary>The audit action of leadership approving reuse despite the rights.</summary>
    public const string OverriddenAction = "reuse.rights-override";

    /// <summary>Per month (local time), how many reuse confirmations rights refused and how many leadership let through anyway.</summary>
    public async Task<IReadOnlyList<RightsBlockedMonth>> BlockedByMonthAsync(int months, CancellationToken cancellationToken)
    {
        if (months is < 1 or > 120)
        {
            throw new RequestRejectedException("--months", "应在 1 到 120 之间 (must be 1–120)");
        }

        var now = time.GetLocalNow();
        var first = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset).AddMonths(1 - months);
        var blocked = await audit.ListActionAsync(BlockedAction, first, cancellationToken);
        var overridden = await audit.ListActionAsync(OverriddenAction, first, cancellationToken);
        string Month(AuditEntry e) => e.At.ToOffset(now.Offset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, months)
            .Select(i => first.AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => new RightsBlockedMonth(m, blocked.Count(e => Month(e) == m), overridden.Count(e => Month(e) == m),
                blocked.Where(e => Month(e) == m).Select(e => e.Target ?? string.Empty).Distinct(StringComparer.Ordinal).Take(10).ToList()))
            .ToList();
    }

    public async Task<RightsExpiryReport> ExpiringAsync(int days, CancellationToken cancellationToken)
    {
        if (days is < 0 or > 3650)
        {
            throw new RequestRejectedException("--days", "应在 0 到 3650 之间 (must be 0–3650)");
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var horizon = today.AddDays(days);
        var since = today.AddDays(-days);

        // A project is active until its planned end; reuse in it of terms that ended is what a producer must hear about.
        var inUse = new Dictionary<long, List<(string Project, int? Shot)>>();
        await foreach (var project in ledger.ListProjectsAsync(cancellationToken))
        {
            if (project.Brief.PlannedEnd is { } end && end < today)
            {
                continue;
            }

            foreach (var link in project.ActiveLinks.Where(l => l.Confirmation.AssetId is not null))
            {
                var id = link.Confirmation.AssetId!.Value;
                if (!inUse.TryGetValue(id, out var uses))
                {
                    uses = [];
                    inUse[id] = uses;
                }

                uses.Add((project.Brief.Code, link.Confirmation.ShotIndex));
            }
        }

        var expiring = new List<ExpiringTerms>();
        var expired = new List<ExpiringTerms>();
        await foreach (var asset in store.ListAsync(cancellationToken))
        {
            var uses = inUse.GetValueOrDefault(asset.AssetId) ?? [];
            foreach (var grant in asset.Grants.Where(g => g.End is not null))
            {
                var end = grant.End!.Value;
                var projects = uses.Where(u => grant.ShotIndex is null || u.Shot is null || u.Shot == grant.ShotIndex)
                    .Select(u => u.Project).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var row = new ExpiringTerms(asset.Key, grant, end.DayNumber - today.DayNumber, projects);
                if (end >= today && end <= horizon)
                {
                    expiring.Add(row);
                }
                else if (end < today && end >= since && projects.Count > 0)
                {
                    expired.Add(row);
                }
            }
        }

        return new RightsExpiryReport(today, days, [.. expiring.OrderBy(e => e.DaysLeft).ThenBy(e => e.Key, StringComparer.Ordinal)], [.. expired.OrderBy(e => e.DaysLeft)]);
    }
}
