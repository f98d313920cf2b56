namespace AssetBank.Core.Search;

/// <summary>
/// One spelling per channel, so that filters, groups and counts agree whatever the source wrote:
/// <c>xhs</c>, <c>RED</c>, <c>小红薯</c> → 小红书; <c>douyin</c> → 抖音; <c>tvc</c> → TVC. Unknown channels are kept, trimmed.
/// </summary>
public static class SearchChannels
{
    public const string Tvc = "TVC";
    public const string Xiaohongshu = "小红书";
    public const string Douyin = "抖音";
    public const string Weibo = "微博";
    public const string Print = "平面";
    public const string Bilibili = "B站";
    public const string WeChat = "微信";
    public const string Kuaishou = "快手";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tvc"] = Tvc,
        ["tv"] = Tvc,
        ["电视广告"] = Tvc,
        ["xhs"] = Xiaohongshu,
        ["red"] = Xiaohongshu,
        ["xiaohongshu"] = Xiaohongshu,
        ["小红书"] = Xiaohongshu,
        ["小红薯"] = Xiaohongshu,
        ["红书"] = Xiaohongshu,
        ["douyin"] = Douyin,
        ["抖音"] = Douyin,
        ["weibo"] = Weibo,
        ["微博"] = Weibo,
        ["print"] = Print,
        ["平面"] = Print,
        ["bilibili"] = Bilibili,
        ["b站"] = Bilibili,
        ["哔哩哔哩"] = Bilibili,
        ["wechat"] = WeChat,
        ["weixin"] = WeChat,
        ["微信"] = WeChat,
        ["kuaishou"] = Kuaishou,
        ["快手"] = Kuaishou,
    };

    /// <summary>The channels a filter may name, each with its aliases, for an error message.</summary>
    public static string Valid { get; } = string.Join("、", Aliases.GroupBy(p => p.Value).Select(g => $"{g.Key}({string.Join('/', g.Select(p => p.Key).Where(k => k != g.Key))})"));

    /// <summary>The canonical spelling of a known channel or alias; false for anything else.</summary>
    public static bool TryNormalizeKnown(string? channel, out string canonical)
    {
        canonical = string.Empty;
        if (string.IsNullOrWhiteSpace(channel) || !Aliases.TryGetValue(Tagging.TaxonomyText.Fold(channel.Trim()), out var found))
        {
            return false;
        }

        canonical = found;
        return true;
    }

    /// <summary>The canonical spelling, or null for a null or blank channel.</summary>
    public static string? Normalize(string? channel)
    {
        if (string.IsNullOrWhiteSpace(channel))
        {
            return null;
        }

        var trimmed = channel.Trim();
        return Aliases.TryGetValue(Tagging.TaxonomyText.Fold(trimmed), out var canonical) ? canonical : trimmed;
    }
}
