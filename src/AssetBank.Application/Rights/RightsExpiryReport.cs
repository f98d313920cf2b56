namespace AssetBank.Application.Rights;

/// <summary><c>rights expiring --days N</c>: terms that end within N days, and terms that ended in the last N days of assets reused in active projects.</summary>
public sealed record RightsExpiryReport(DateOnly Today, int Days, IReadOnlyList<ExpiringTerms> Expiring, IReadOnlyList<ExpiringTerms> ExpiredInUse)
{
    public bool IsEmpty => Expiring.Count == 0 && ExpiredInUse.Count == 0;
}
