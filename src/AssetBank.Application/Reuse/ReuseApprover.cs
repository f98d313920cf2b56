namespace AssetBank.Application.Reuse;

/// <summary>One person in <c>Reuse:Approvers</c>: a name and the role they act in.</summary>
public sealed class ReuseApprover
{
    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = ReuseOptions.LeadershipRole;
}
