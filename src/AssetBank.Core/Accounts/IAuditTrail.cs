namespace AssetBank.Core.Accounts;

/// <summary>An append-only record of every write.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first, optionally only one person's.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken);

    /// <summary>Every entry of one action (e.g. <c>reuse.blocked-by-rights</c>) from <paramref name="from"/> on, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListActionAsync(string action, DateTimeOffset? from, CancellationToken cancellationToken);
}
