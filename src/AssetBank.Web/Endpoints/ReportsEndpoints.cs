using System.Globalization;
using AssetBank.Application.Reuse;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/reports</c>: leadership's reuse figures (JSON for the dashboard, CSV for spreadsheets).</summary>
public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("reports").RequireAuthorization(Policies.Reports);
        group.MapGet("/reuse", GetAsync);
        group.MapGet("/reuse.csv", (string? by, DateOnly? from, DateOnly? to, ReuseReports reports, CancellationToken ct) => ExportAsync(by, from, to, "csv", reports, ct));
        group.MapGet("/reuse.xlsx", (string? by, DateOnly? from, DateOnly? to, ReuseReports reports, CancellationToken ct) => ExportAsync(by, from, to, "xlsx", reports, ct));
        return app;
    }

    /// <param name="by">month, client, industry, team or producer.</param>
    /// <param name="from">First day, yyyy-MM-dd.</param>
    /// <param name="to">Last day, yyyy-MM-dd.</param>
    /// <param name="reports">The use case.</param>
    /// <param name="cancellationToken">Stops the report.</param>
    internal static async Task<Results<Ok<ReuseReport>, ProblemHttpResult>> GetAsync(string? by, DateOnly? from, DateOnly? to, ReuseReports reports, CancellationToken cancellationToken)
    {
        if (!TryGrouping(by, out var grouping))
        {
            return TypedResults.Problem($"by '{by}' must be month, client, industry, team or producer", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await reports.BuildAsync(new ReuseReportRequest(grouping, from, to), cancellationToken));
    }

    /// <summary>The report as a file, written to a temporary file by the same export as <c>assetbank report --out</c>.</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string? by, DateOnly? from, DateOnly? to, string format, ReuseReports reports, CancellationToken cancellationToken)
    {
        if (!TryGrouping(by, out var grouping))
        {
            return TypedResults.Problem($"by '{by}' must be month, client, industry, team or producer", statusCode: StatusCodes.Status400BadRequest);
        }

        var report = await reports.BuildAsync(new ReuseReportRequest(grouping, from, to), cancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"assetbank-report-{Guid.NewGuid():N}.{format}");
        try
        {
            if (format == "xlsx")
            {
                ReuseReportExport.WriteXlsx(report, path);
            }
            else
            {
                await ReuseReportExport.WriteCsvAsync(report, path, cancellationToken);
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var name = string.Create(CultureInfo.InvariantCulture, $"reuse-report-{grouping.ToString().ToLowerInvariant()}.{format}");
            return TypedResults.File(bytes, format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool TryGrouping(string? by, out ReportGrouping grouping)
    {
        grouping = ReportGrouping.Month;
        return string.IsNullOrWhiteSpace(by) || (Enum.TryParse(by, ignoreCase: true, out grouping) && Enum.IsDefined(grouping));
    }
}
