namespace AssetBank.Core.Search;

/// <summary>
/// How strategists name a kind on a channel: video on TVC is <c>TVC</c>, social items on 小红书 are <c>小红书笔记</c>, on
/// 抖音 <c>抖音热梗</c> (comment-section memes); images are <c>平面</c>, copy <c>文案</c>.
/// </summary>
public static class SearchGroupLabels
{
    public static string Label(string kind, string? channel)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var normalized = SearchChannels.Normalize(channel);
        return kind.Trim().ToLowerInvariant() switch
        {
            "video" => normalized switch
            {
                SearchChannels.Tvc => "TVC",
                null => "视频",
                _ => normalized + "视频",
            },
            "social" => normalized switch
            {
                SearchChannels.Xiaohongshu => "小红书笔记",
                SearchChannels.Douyin => "抖音热梗",
                SearchChannels.Weibo => "微博话题",
                null => "舆情数据",
                _ => normalized + "舆情",
            },
            "image" => normalized is null or SearchChannels.Print ? "平面" : normalized + "平面",
            "copy" => normalized is null ? "文案" : normalized + "文案",
            "audio" => "音频",
            "kol-list" => "KOL名单",
            _ => normalized ?? kind,
        };
    }
}
