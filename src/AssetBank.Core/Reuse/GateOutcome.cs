namespace AssetBank.Core.Reuse;

/// <summary>Whether a project may start: its confirmed cost-weighted reuse rate against the gate.</summary>
public enum GateOutcome
{
    /// <summary>Below the gate and no override: may not start.</summary>
    Blocked = 0,

    /// <summary>At or above the gate.</summary>
    Passed,

    /// <summary>Below the gate, started on leadership's override.</summary>
    Overridden,
}
