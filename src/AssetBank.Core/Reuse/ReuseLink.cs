namespace AssetBank.Core.Reuse;

/// <summary>A confirmation that still counts: it has not been withdrawn.</summary>
/// <param name="Confirmation">The ledger entry that confirmed it; its id identifies the link.</param>
/// <param name="ReusedCost">The line's planned cost times the share.</param>
public sealed record ReuseLink(ReuseLedgerEntry Confirmation, decimal ReusedCost)
{
    public long Id => Confirmation.Id;

    public string LineId => Confirmation.LineId ?? string.Empty;

    public decimal Share => Confirmation.Share ?? 0m;
}
