namespace AssetBank.Application.Reuse;

/// <summary>Which projects a reuse report covers and how it groups them.</summary>
/// <param name="By">The grouping.</param>
/// <param name="From">First project date included (planned start, or registration date).</param>
/// <param name="To">Last project date included; also the end of the 12 months for "never reused" and the target's year.</param>
public sealed record ReuseReportRequest(ReportGrouping By, DateOnly? From = null, DateOnly? To = null);
