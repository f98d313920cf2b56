namespace AssetBank.Core.Rights;

/// <summary>A period in which a medium may be used in a territory; null ends are open.</summary>
public sealed record RightsWindow(string Medium, string Territory, DateOnly? Start, DateOnly? End)
{
    public bool Contains(DateOnly from, DateOnly to) => (Start is null || Start <= from) && (End is null || to <= End);
}
