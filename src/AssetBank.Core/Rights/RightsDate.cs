namespace AssetBank.Core.Rights;

/// <summary>A date as written in a contract: a day, or a whole month (<c>二〇二六年三月</c>).</summary>
/// <param name="First">The first day meant: the day itself, or the first of the month.</param>
/// <param name="Last">The last day meant: the day itself, or the last of the month.</param>
public sealed record RightsDate(DateOnly First, DateOnly Last)
{
    public bool IsMonth => First != Last;
}
