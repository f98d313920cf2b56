namespace AssetBank.Core.Reuse;

/// <summary>One planned deliverable of a brief, priced from the rate card unless overridden with a reason.</summary>
/// <param name="Id">Unique within the brief (<c>tvc</c>, <c>kv</c>); confirmations refer to it.</param>
/// <param name="Kind">Rate-card kind.</param>
/// <param name="Quantity">Planned units (&gt; 0).</param>
/// <param name="UnitCost">CNY per unit as planned.</param>
/// <param name="Unit">What one unit is, from the card.</param>
/// <param name="Description">Free text, also used to search for candidates.</param>
/// <param name="UnitCostReason">Why the unit cost differs from the card; null when it is the card's.</param>
public sealed record DeliverableLine(
    string Id,
    string Kind,
    decimal Quantity,
    decimal UnitCost,
    RateUnit Unit,
    string? Description = null,
    string? UnitCostReason = null)
{
    public decimal PlannedCost => Quantity * UnitCost;
}
