namespace AssetBank.Application.Reuse;

/// <summary>How <c>report reuse --by</c> groups projects.</summary>
public enum ReportGrouping
{
    /// <summary>By the month of the planned start (or of registration when the brief has none).</summary>
    Month = 0,
    Client,
    Industry,
    Team,
    Producer,
}
