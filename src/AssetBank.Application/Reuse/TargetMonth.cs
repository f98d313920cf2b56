namespace AssetBank.Application.Reuse;

/// <summary>One month of the year against the annual savings target.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Saved">Cost saved by projects of that month, CNY.</param>
/// <param name="Cumulative">Saved from January through this month.</param>
/// <param name="TargetToDate">The annual target pro rata through this month.</param>
public sealed record TargetMonth(DateOnly Month, decimal Saved, decimal Cumulative, decimal TargetToDate)
{
    /// <summary>Cumulative ÷ target to date.</summary>
    public decimal Attainment => TargetToDate > 0 ? Cumulative / TargetToDate : 0m;
}
