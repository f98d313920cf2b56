using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>Rights reports for renewal and for producers: what expires soon, and what expired under an active project.</summary>
public sealed class RightsReports(IRightsStore store, IReuseLedger ledger, TimeProvider time)
{
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
