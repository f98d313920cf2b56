using AssetBank.Core.Collections;
using AssetBank.Core.Errors;

namespace AssetBank.Application.Collections;

/// <summary>Who may do what with a collection, and the names people give.</summary>
internal static class CollectionRules
{
    public static string Person(string? who, string option = "--as")
    {
        if (string.IsNullOrWhiteSpace(who))
        {
            throw new RequestRejectedException(option, "用户名不能为空 (say who you are, e.g. --as 李策略)");
        }

        return who.Trim();
    }

    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RequestRejectedException("素材篮 (collection)", "名称不能为空 (the name is empty)");
        }

        var trimmed = name.Trim();
        if (trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            throw new RequestRejectedException($"素材篮 {trimmed}", "名称过长或含控制字符 (the name is over 200 characters or holds control characters)");
        }

        return trimmed;
    }

    /// <summary>Throws unless <paramref name="who"/> has at least <paramref name="needed"/>.</summary>
    public static void Require(CollectionState collection, string who, CollectionAccess needed)
    {
        var access = collection.AccessOf(who);
        if (access is null)
        {
            throw new RequestRejectedException($"素材篮 {collection.Name}", $"{who} 无权查看 (not shared with {who}; ask the owner {collection.Owner})");
        }

        if (access < needed)
        {
            var what = needed == CollectionAccess.Owner ? "only the owner may rename, share or make links" : "shared read-only; the owner can share it editable";
            throw new RequestRejectedException($"素材篮 {collection.Name}", $"{who} 无权修改 ({what}; owner: {collection.Owner})");
        }
    }
}
