using AssetBank.Extraction.Tables;

namespace AssetBank.Extraction.Kol;

/// <summary>
/// The header-synonym table for KOL lists (KOL名单): how agencies head each column. Order matters for the
/// "contains" pass — rates before prices, media-specific prices before the plain price, links and ids before names.
/// </summary>
internal static class KolSynonyms
{
    private static readonly string[] PriceWords = ["报价", "刊例", "价格", "price", "费用", "合作价", "单价", "cost", "rate card", "ratecard"];

    public static SynonymTable<KolField> Table { get; } = new(
    [
        new(KolField.EngagementRate, ["互动率", "平均互动率", "赞评藏率", "engagement", "engagementrate", "er"], ["互动率", "engagement"]),
        new(KolField.PriceVideo, ["视频报价", "视频价格", "视频刊例"], PriceWords, RequiresAny: ["视频", "video", "vlog", "短片"]),
        new(KolField.PriceImage, ["图文报价", "图文价格", "图文刊例"], PriceWords, RequiresAny: ["图文", "图片", "image", "笔记", "post", "直发", "图"]),
        new(KolField.Price, ["报价", "刊例价", "价格", "price"], PriceWords),
        new(KolField.Followers, ["粉丝", "粉丝数", "粉丝量", "粉丝数量", "followers", "fans", "订阅数"],
            ["粉丝", "follower", "fans", "订阅"], Excludes: ["画像", "性别", "年龄", "占比", "地域", "城市", "比例", "增长", "增量", "男女"]),
        new(KolField.ProfileUrl, ["主页链接", "主页", "链接", "url", "link", "homepage"], ["链接", "url", "主页", "link", "网址"]),
        new(KolField.Brands, ["合作品牌", "品牌", "brands", "brand"], ["品牌", "brand", "合作过"]),
        new(KolField.Vertical, ["垂类", "领域", "类目", "分类", "内容方向", "赛道", "vertical", "category"],
            ["垂类", "领域", "类目", "分类", "方向", "赛道", "category", "vertical", "标签", "内容类型"]),
        new(KolField.Platform, ["平台", "渠道", "媒体", "platform", "channel"], ["平台", "渠道", "platform", "媒体"]),
        new(KolField.AccountId, ["账号id", "id", "uid", "抖音号", "小红书号", "红薯号", "快手号", "微博id", "达人id"],
            ["抖音号", "小红书号", "红薯号", "快手号", "账号id", "达人id"]),
        new(KolField.Name, ["昵称", "账号名", "账号名称", "达人名称", "达人", "博主", "kol", "kol名称", "名称", "nickname", "name", "账号", "红人"],
            ["昵称", "账号名", "达人", "博主", "kol", "名称", "nickname", "name", "账号", "红人", "网红", "主播", "作者"],
            Excludes: ["id", "链接", "url"]),
    ]);

    /// <summary>How each field is named in messages to people.</summary>
    public static string Describe(KolField field) => field switch
    {
        KolField.Name => "昵称 (name)",
        KolField.Platform => "平台 (platform)",
        KolField.Followers => "粉丝数 (followers)",
        KolField.Vertical => "垂类 (vertical)",
        KolField.PriceImage => "图文报价 (image post price)",
        KolField.PriceVideo => "视频报价 (video price)",
        KolField.Price => "报价 (price)",
        KolField.EngagementRate => "互动率 (engagement rate)",
        KolField.Brands => "合作品牌 (brands)",
        KolField.ProfileUrl => "主页链接 (profile link)",
        KolField.AccountId => "账号ID (account id)",
        _ => field.ToString(),
    };
}
