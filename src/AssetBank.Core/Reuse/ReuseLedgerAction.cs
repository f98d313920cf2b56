namespace AssetBank.Core.Reuse;

/// <summary>What a reuse ledger entry records. Entries are appended, never edited: corrections are new entries.</summary>
public enum ReuseLedgerAction
{
    /// <summary>A brief was registered, or revised (Before/After: brief versions).</summary>
    BriefSaved = 0,

    /// <summary>A bank asset, shot or time range covers a share of a deliverable line.</summary>
    Confirmed,

    /// <summary>An earlier confirmation (<see cref="ReuseLedgerEntry.RefersTo"/>) no longer counts.</summary>
    Withdrawn,

    /// <summary>The gate outcome changed (Before/After: outcomes).</summary>
    GateDecided,

    /// <summary>Leadership let a project below the gate start.</summary>
    Overridden,
}
