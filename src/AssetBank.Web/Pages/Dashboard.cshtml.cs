using System.Text.Json;
using AssetBank.Application.Reuse;
using AssetBank.Application.Similarity;
using AssetBank.Core.Similarity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages;

/// <summary>看板: reuse rate and cost saved against the year's target, gate outcomes, most reused, grouped like the CLI report.</summary>
public sealed class DashboardModel(ReuseReports reports, ReviewAlarms alarms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string By { get; set; } = "month";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ReuseReport? Report { get; private set; }

    /// <summary>Copyright alarms waiting for a decision.</summary>
    public int OpenAlarms { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public string ExportUrl => $"/api/reports/reuse.csv?by={Uri.EscapeDataString(By)}{(From is { } f ? $"&from={f:yyyy-MM-dd}" : "")}{(To is { } t ? $"&to={t:yyyy-MM-dd}" : "")}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReportGrouping>(By, ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping))
        {
            grouping = ReportGrouping.Month;
            By = "month";
        }

        Report = await reports.BuildAsync(new ReuseReportRequest(grouping, From, To), cancellationToken);
        OpenAlarms = (await alarms.ListAsync(AlarmStatus.Open, 100_000, cancellationToken)).Count;
        ChartData = JsonSerializer.Serialize(new
        {
            trend = Report.Trend.Select(m => new { month = m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m.Saved, m.Cumulative, m.TargetToDate }),
            groups = Report.Rows.Select(r => new { r.Group, rate = r.CostWeightedRate, r.SavedCost, r.Passed, r.Overridden, r.Blocked }),
        }, Json);
    }
}
