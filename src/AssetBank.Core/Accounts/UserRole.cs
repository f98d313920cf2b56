namespace AssetBank.Core.Accounts;

/// <summary>What a person does with the bank; each endpoint and page names the roles it serves.</summary>
public enum UserRole
{
    /// <summary>策略：search, tag edits, kickoff.</summary>
    Strategist,

    /// <summary>制作：upload and their own metadata.</summary>
    Producer,

    /// <summary>管理层：reports, gate overrides, alarm decisions.</summary>
    Leadership,

    /// <summary>管理员：users, taxonomy, reference libraries.</summary>
    Admin,
}
