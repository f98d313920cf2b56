using AssetBank.Core.Accounts;

namespace AssetBank.Application.Accounts;

/// <summary>Records writes made through any face, and reads the trail back for administrators.</summary>
public sealed class AuditLog(IAuditTrail trail, TimeProvider time)
{
    public Task RecordAsync(string who, string action, string? target, string outcome, string? detail, CancellationToken cancellationToken) =>
        trail.AppendAsync(new AuditEntry(time.GetUtcNow(), who, action, target, outcome, detail), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? who, CancellationToken cancellationToken) =>
        trail.ListAsync(limit, who, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListActionAsync(string action, DateTimeOffset? from, CancellationToken cancellationToken) =>
        trail.ListActionAsync(action, from, cancellationToken);
}
