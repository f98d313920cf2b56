namespace AssetBank.Core.Reuse;

/// <summary>One append-only fact about a project's reuse: who did what, when, and what it changed.</summary>
public sealed record ReuseLedgerEntry
{
    /// <summary>Assigned by the ledger when appended; 0 for a draft.</summary>
    public long Id { get; init; }

    public required string ProjectCode { get; init; }

    public required ReuseLedgerAction Action { get; init; }

    public required string Who { get; init; }

    /// <summary>The role the person acted in (<c>leadership</c> for overrides); null when not checked.</summary>
    public string? Role { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? LineId { get; init; }

    public long? AssetId { get; init; }

    public string? AssetKey { get; init; }

    public int? ShotIndex { get; init; }

    public double? StartSeconds { get; init; }

    public double? EndSeconds { get; init; }

    /// <summary>Share of the line covered (0 &lt; share ≤ 1), for confirmations.</summary>
    public decimal? Share { get; init; }

    /// <summary>The entry this one corrects (a withdrawal names the confirmation).</summary>
    public long? RefersTo { get; init; }

    public string? Reason { get; init; }

    /// <summary>The state before, in words (a line's confirmed share, a gate outcome, a brief version).</summary>
    public string? Before { get; init; }

    public string? After { get; init; }
}
