namespace AssetBank.Core.Accounts;

/// <summary>An append-only record of every write.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first, optionally only one person's.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken);
}
