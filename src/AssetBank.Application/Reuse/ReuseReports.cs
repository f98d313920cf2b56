using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Reuse;
using AssetBank.Core.Search;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>
/// <c>assetbank report reuse</c>: reuse rate and cost saved per group, gate outcomes, most reused assets and shots,
/// assets never reused in 12 months, and the year's trend against the target. Figures come from the ledger as it stands:
/// withdrawn confirmations do not count.
/// </summary>
public sealed class ReuseReports(IReuseLedger ledger, IAssetReader assets, IOptions<ReuseOptions> options, TimeProvider time)
{
    private const string Blank = "（未填）";
    private const int MostReusedLimit = 10;
    private const int NeverReusedSampleLimit = 20;

    public async Task<ReuseReport> BuildAsync(ReuseReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var threshold = options.Value.GateThreshold;
        var end = request.To ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var all = new List<ProjectState>();
        await foreach (var project in ledger.ListProjectsAsync(cancellationToken))
        {
            all.Add(project);
        }

        var chosen = all.Where(p => (request.From is null || DateOf(p) >= request.From) && (request.To is null || DateOf(p) <= request.To)).ToList();
        var rows = chosen.GroupBy(p => GroupOf(p, request.By))
            .Select(g => Row(g.Key, g.ToList(), threshold))
            .OrderByDescending(r => request.By == ReportGrouping.Month ? 0 : r.SavedCost)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();

        var links = chosen.SelectMany(p => p.ActiveLinks.Select(l => (Project: p.Brief.Code, Link: l))).ToList();
        var mostReused = links
            .GroupBy(x => (x.Link.Confirmation.AssetKey ?? string.Empty, Part(x.Link.Confirmation)))
            .Select(g => new ReusedItem(g.Key.Item1, g.Key.Item2, g.Select(x => x.Project).Distinct().Count(), g.Count(), g.Sum(x => x.Link.ReusedCost)))
            .OrderByDescending(i => i.Confirmations).ThenByDescending(i => i.SavedCost).ThenBy(i => i.AssetKey, StringComparer.Ordinal)
            .Take(MostReusedLimit)
            .ToList();

        var since = new DateTimeOffset(end.AddMonths(-12).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var reusedIds = all.SelectMany(p => p.ActiveLinks)
            .Where(l => l.Confirmation.At >= since && l.Confirmation.At < until && l.Confirmation.AssetId is not null)
            .Select(l => l.Confirmation.AssetId!.Value)
            .ToHashSet();
        var neverReused = new List<Asset>();
        await foreach (var asset in assets.ListAsync(new AssetFilter(Status: AssetStatus.Processed), cancellationToken))
        {
            if (!reusedIds.Contains(asset.Id))
            {
                neverReused.Add(asset);
            }
        }

        var year = end.Year;
        var target = options.Value.AnnualTarget;
        var trend = new List<TargetMonth>();
        var cumulative = 0m;
        for (var month = 1; month <= 12; month++)
        {
            var saved = all.Where(p => DateOf(p) is var d && d.Year == year && d.Month == month).Sum(p => p.ConfirmedRates.ReusedCost);
            cumulative += saved;
            trend.Add(new TargetMonth(new DateOnly(year, month, 1), saved, cumulative, target * month / 12m));
        }

        return new ReuseReport(
            request,
            rows,
            Row("合计 (total)", chosen, threshold),
            mostReused,
            neverReused.Count,
            neverReused.OrderBy(a => a.Metadata.Created ?? DateOnly.FromDateTime(a.FirstSeen.UtcDateTime)).ThenBy(a => a.Key, StringComparer.Ordinal)
                .Take(NeverReusedSampleLimit).Select(a => a.Key).ToList(),
            year,
            target,
            trend);
    }

    /// <summary>A project's date for grouping and filtering: its planned start, or the day it was first registered.</summary>
    public static DateOnly DateOf(ProjectState project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Brief.PlannedStart
            ?? DateOnly.FromDateTime((project.Entries.Count > 0 ? project.Entries[0].At : DateTimeOffset.UnixEpoch).UtcDateTime);
    }

    private static string GroupOf(ProjectState project, ReportGrouping by)
    {
        var brief = project.Brief;
        var value = by switch
        {
            ReportGrouping.Month => DateOf(project).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ReportGrouping.Client => brief.Client,
            ReportGrouping.Industry => brief.Industry,
            ReportGrouping.Team => brief.Team,
            ReportGrouping.Producer => brief.Producer,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? Blank : value;
    }

    private static ReuseReportRow Row(string group, List<ProjectState> projects, decimal threshold)
    {
        var planned = projects.Sum(p => p.ConfirmedRates.PlannedCost);
        var saved = projects.Sum(p => p.ConfirmedRates.ReusedCost);
        var lines = projects.Sum(p => p.Brief.Lines.Count);
        var shares = projects.Sum(p => p.ConfirmedRates.CountBased * p.Brief.Lines.Count);
        var outcomes = projects.Select(p => p.Outcome(threshold)).ToList();
        return new ReuseReportRow(
            group,
            projects.Count,
            planned,
            saved,
            planned > 0 ? saved / planned : 0m,
            lines > 0 ? shares / lines : 0m,
            outcomes.Count(o => o == GateOutcome.Passed),
            outcomes.Count(o => o == GateOutcome.Overridden),
            outcomes.Count(o => o == GateOutcome.Blocked),
            projects.Sum(p => p.ActiveLinks.Count));
    }

    private static string? Part(ReuseLedgerEntry confirmation) => confirmation switch
    {
        { ShotIndex: { } shot } => string.Create(CultureInfo.InvariantCulture, $"镜头 {shot} {TimeCodes.Range(confirmation.StartSeconds, confirmation.EndSeconds)}"),
        { StartSeconds: not null } => TimeCodes.Range(confirmation.StartSeconds, confirmation.EndSeconds),
        _ => null,
    };
}
