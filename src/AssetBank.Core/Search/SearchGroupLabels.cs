namespace AssetBank.Core.Search;

/// <summary>
/// How strategists name a kind on a channel: video on TVC is <c>TVC</c>, social items on 小红书 are <c>小红书笔记</c>, on
/// 抖音 <c>抖音热梗</c> (comment-section memes); otherwise the channel before the kind's one Chinese name
/// (<see cref="Assets.AssetKindNames.ToChinese"/>: 视频, 图片, 文案…), never the same word twice (a channel named 文案 on
/// copy is <c>文案</c>, not <c>文案文案</c>).
/// </summary>
public static class SearchGroupLabels
{
    public static string Label(string kind, string? channel)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var normalized = SearchChannels.Normalize(channel);
        var wire = kind.Trim().ToLowerInvariant();
        return wire switch
        {
            "video" when normalized == SearchChannels.Tvc => "TVC",
            "social" => normalized switch
            {
                SearchChannels.Xiaohongshu => "小红书笔记",
                SearchChannels.Douyin => "抖音热梗",
                SearchChannels.Weibo => "微博话题",
                _ => Join(normalized, "舆情数据"),
            },
            "image" when normalized == SearchChannels.Print => "图片",
            _ when Assets.AssetKindNames.FromWire(wire) is var parsed && parsed != Assets.AssetKind.Unknown => Join(normalized, Assets.AssetKindNames.ToChinese(parsed)),
            _ => normalized ?? kind,
        };
    }

    private static string Join(string? channel, string name) =>
        channel is null || channel.EndsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(channel, StringComparison.OrdinalIgnoreCase)
            ? name
            : channel + name;
}
