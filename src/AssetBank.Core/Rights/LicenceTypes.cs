namespace AssetBank.Core.Rights;

/// <summary>Wire names, Chinese labels and accepted aliases of <see cref="LicenceType"/>.</summary>
public static class LicenceTypes
{
    private static readonly RightsTerm[] Terms =
    [
        new("owned", "自有", "owned", null, ["自有版权", "自有", "own"]),
        new("work-for-hire", "委托创作", "work for hire", null, ["work for hire", "wfh", "委托制作", "雇佣作品"]),
        new("stock-rm", "图库RM", "stock rights-managed", null, ["rm", "stock rm", "rights-managed", "rights managed", "图库 RM", "版权管理"]),
        new("stock-rf", "图库RF", "stock royalty-free", null, ["rf", "stock rf", "royalty-free", "royalty free", "图库 RF", "免版税"]),
        new("client-owned", "客户所有", "client-owned", null, ["client owned", "客户版权", "客户提供"]),
        new("talent-release", "KOL/艺人授权", "KOL/talent release", null, ["kol", "talent", "kol release", "talent release", "肖像授权", "艺人授权", "KOL授权", "达人授权"]),
        new("music-licence", "音乐授权", "music licence", null, ["music", "music license", "音乐版权"]),
    ];

    public static IReadOnlyList<RightsTerm> All => Terms;

    public static string ToWire(LicenceType type) => Terms[(int)type].Id;

    public static string ToChinese(LicenceType type) => Terms[(int)type].Chinese;

    /// <summary>The type named by a wire name, Chinese or English label or alias (case and spaces ignored); null when unknown.</summary>
    public static LicenceType? Parse(string? text)
    {
        var index = Array.FindIndex(Terms, t => t.Matches(text));
        return index < 0 ? null : (LicenceType)index;
    }

    /// <summary>Whether the type names a stock library and licence id.</summary>
    public static bool IsStock(LicenceType type) => type is LicenceType.StockRightsManaged or LicenceType.StockRoyaltyFree;
}
