namespace AssetBank.Core.Accounts;

/// <summary>One write, as the audit trail keeps it: who did what to which thing, and when.</summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Who">The account name, <c>api-key</c> for automation, or the CLI user.</param>
/// <param name="Action">What was done, e.g. <c>POST /api/tags</c> or <c>users.add</c>.</param>
/// <param name="Target">What it was done to (an asset key, a project code, a user name), when known.</param>
/// <param name="Outcome">The HTTP status or <c>ok</c>.</param>
/// <param name="Detail">A short description, never a secret.</param>
public sealed record AuditEntry(DateTimeOffset At, string Who, string Action, string? Target, string Outcome, string? Detail)
{
    public long Id { get; init; }
}
