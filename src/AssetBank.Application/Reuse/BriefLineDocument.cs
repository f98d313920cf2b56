namespace AssetBank.Application.Reuse;

/// <summary>One deliverable line as written in a brief file.</summary>
public sealed class BriefLineDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitCost { get; set; }

    public string? UnitCostReason { get; set; }

    public string? Description { get; set; }
}
