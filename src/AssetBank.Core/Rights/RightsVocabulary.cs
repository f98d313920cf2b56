namespace AssetBank.Core.Rights;

/// <summary>
/// The media and territories rights are granted for. A broader entry covers the narrower ones under it: a grant for
/// 社交媒体 covers 抖音, a grant for 全球 covers 中国大陆; a grant for 抖音 does not cover 社交媒体 as a whole.
/// </summary>
public static class RightsVocabulary
{
    public static IReadOnlyList<RightsTerm> Media { get; } =
    [
        new("all-media", "全媒体", "all media", null, ["all", "全部媒体", "不限媒体"]),
        new("tv", "电视", "TV", "all-media", ["tvc", "television", "电视广告"]),
        new("ott", "OTT", "OTT", "all-media", ["网络视频", "视频网站", "online video"]),
        new("social", "社交媒体", "social media", "all-media", ["社媒", "social"]),
        new("douyin", "抖音", "Douyin", "social", ["tiktok cn"]),
        new("xiaohongshu", "小红书", "Xiaohongshu", "social", ["red", "rednote", "xhs"]),
        new("weibo", "微博", "Weibo", "social", []),
        new("wechat", "微信", "WeChat", "social", ["微信公众号", "朋友圈"]),
        new("channels", "视频号", "WeChat Channels", "social", ["wechat channels"]),
        new("bilibili", "B站", "Bilibili", "social", ["哔哩哔哩", "b站"]),
        new("kuaishou", "快手", "Kuaishou", "social", []),
        new("outdoor", "户外", "outdoor", "all-media", ["ooh", "户外广告", "out-of-home"]),
        new("print", "平面", "print", "all-media", ["印刷", "纸媒"]),
        new("internal", "内部", "internal", "all-media", ["内部使用", "internal use"]),
    ];

    public static IReadOnlyList<RightsTerm> Territories { get; } =
    [
        new("global", "全球", "global", null, ["worldwide", "world", "全世界"]),
        new("greater-china", "大中华区", "Greater China", "global", ["大中华"]),
        new("mainland-china", "中国大陆", "mainland China", "greater-china", ["大陆", "内地", "中国内地", "prc", "cn"]),
        new("hk-macao-taiwan", "港澳台", "Hong Kong, Macao and Taiwan", "greater-china", ["港澳台地区", "hmt"]),
        new("overseas", "海外", "overseas", "global", ["境外"]),
    ];

    public static RightsTerm? FindMedium(string? text) => Media.FirstOrDefault(t => t.Matches(text));

    public static RightsTerm? FindTerritory(string? text) => Territories.FirstOrDefault(t => t.Matches(text));

    public static RightsTerm Medium(string id) => Media.First(t => t.Id == id);

    public static RightsTerm Territory(string id) => Territories.First(t => t.Id == id);

    /// <summary>The ids covered by a grant of <paramref name="ids"/>: each id and everything under it.</summary>
    public static IReadOnlySet<string> Covered(IReadOnlyList<RightsTerm> vocabulary, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var covered = new HashSet<string>(ids, StringComparer.Ordinal);
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var term in vocabulary)
            {
                if (term.Parent is { } parent && covered.Contains(parent) && covered.Add(term.Id))
                {
                    grew = true;
                }
            }
        }

        return covered;
    }

    /// <summary>Splits a list cell (<c>抖音;小红书</c>, <c>抖音、小红书</c>, <c>抖音|小红书</c>, <c>抖音,小红书</c>).</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([';', '；', '、', '|', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
