namespace AssetBank.Core.Reuse;

/// <summary>The production cost of one unit of a deliverable kind, and where in the bank reusable material for it lives.</summary>
/// <param name="Kind">Deliverable kind id (<c>tvc-second</c>, <c>key-visual</c>…).</param>
/// <param name="Label">Chinese label for reports.</param>
/// <param name="Unit">What one unit is.</param>
/// <param name="UnitCost">CNY per unit.</param>
/// <param name="AssetKinds">Asset kind wire names searched for candidates (<c>video</c>, <c>image</c>…).</param>
/// <param name="Channels">Channels whose candidates are shown first; empty for no preference.</param>
/// <param name="MaxQuantity">Quantities above this are refused as absurd.</param>
public sealed record RateCardEntry(
    string Kind,
    string Label,
    RateUnit Unit,
    decimal UnitCost,
    IReadOnlyList<string> AssetKinds,
    IReadOnlyList<string> Channels,
    decimal MaxQuantity);
