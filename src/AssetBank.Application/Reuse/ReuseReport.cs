namespace AssetBank.Application.Reuse;

/// <summary>Leadership's reuse figures.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Rows">One per group, largest saving first.</param>
/// <param name="Total">All groups together.</param>
/// <param name="MostReused">Assets and shots reused most, by confirmations then saving.</param>
/// <param name="NeverReusedCount">Processed assets with no confirmation in the 12 months up to the report's end.</param>
/// <param name="NeverReusedSample">The oldest of them, at most 20 keys.</param>
/// <param name="Year">The year of the target trend.</param>
/// <param name="AnnualTarget">The year's savings target, CNY.</param>
/// <param name="Trend">Per month of <paramref name="Year"/>: saved, cumulative, target to date.</param>
public sealed record ReuseReport(
    ReuseReportRequest Request,
    IReadOnlyList<ReuseReportRow> Rows,
    ReuseReportRow Total,
    IReadOnlyList<ReusedItem> MostReused,
    int NeverReusedCount,
    IReadOnlyList<string> NeverReusedSample,
    int Year,
    decimal AnnualTarget,
    IReadOnlyList<TargetMonth> Trend);
