namespace AssetBank.Core.Accounts;

/// <summary>Role names as people type and read them, in Chinese and English.</summary>
public static class UserRoleNames
{
    private static readonly Dictionary<string, UserRole> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["strategist"] = UserRole.Strategist,
        ["策略"] = UserRole.Strategist,
        ["producer"] = UserRole.Producer,
        ["制作"] = UserRole.Producer,
        ["leadership"] = UserRole.Leadership,
        ["管理层"] = UserRole.Leadership,
        ["admin"] = UserRole.Admin,
        ["管理员"] = UserRole.Admin,
    };

    public static bool TryParse(string? text, out UserRole role) => Aliases.TryGetValue(text?.Trim() ?? string.Empty, out role);

    public static string Chinese(UserRole role) => role switch
    {
        UserRole.Strategist => "策略",
        UserRole.Producer => "制作",
        UserRole.Leadership => "管理层",
        UserRole.Admin => "管理员",
        _ => role.ToString(),
    };

    public static string Wire(UserRole role) => role.ToString().ToLowerInvariant();
}
