using AssetBank.Core.Errors;

namespace AssetBank.Application.Reuse;

/// <summary>Who may approve an exception (a gate override, reuse despite rights): a person listed in <c>Reuse:Approvers</c> with the leadership role.</summary>
internal static class ReuseApprovers
{
    public static ReuseApprover RequireLeadership(ReuseOptions options, string? approver, string subject)
    {
        var person = options.Approvers.FirstOrDefault(a => string.Equals(a.Name.Trim(), approver?.Trim(), StringComparison.Ordinal))
            ?? throw new RequestRejectedException(subject, $"'{approver}' is not in Reuse:Approvers; only leadership listed there may override");
        if (!string.Equals(person.Role, ReuseOptions.LeadershipRole, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestRejectedException(subject, $"{person.Name} acts as '{person.Role}', a role that may not override; only '{ReuseOptions.LeadershipRole}' may");
        }

        return person;
    }
}
