using AssetBank.Core.Assets;

namespace AssetBank.Search.Querying;

/// <summary>Kind names a user may type after <c>kind:</c>: wire names and the Chinese words strategists use.</summary>
internal static class KindAliases
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.OrdinalIgnoreCase)
    {
        ["视频"] = "video",
        ["短视频"] = "video",
        ["影片"] = "video",
        ["镜头"] = "video",
        ["图片"] = "image",
        ["平面"] = "image",
        ["海报"] = "image",
        ["文案"] = "copy",
        ["文稿"] = "copy",
        ["音频"] = "audio",
        ["音乐"] = "audio",
        ["达人"] = "kol-list",
        ["kol名单"] = "kol-list",
        ["舆情"] = "social",
        ["舆情数据"] = "social",
        ["社媒"] = "social",
        ["笔记"] = "social",
        ["评论"] = "social",
        ["热梗"] = "social",
        ["notes"] = "social",
        ["note"] = "social",
        ["comments"] = "social",
    };

    public static bool TryNormalize(string value, out string wire)
    {
        var kind = AssetKindNames.FromWire(value);
        if (kind != AssetKind.Unknown)
        {
            wire = AssetKindNames.ToWire(kind);
            return true;
        }

        if (Chinese.TryGetValue(value.Trim(), out var mapped))
        {
            wire = mapped;
            return true;
        }

        wire = string.Empty;
        return false;
    }
}
