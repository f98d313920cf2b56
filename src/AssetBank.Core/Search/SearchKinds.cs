using AssetBank.Core.Assets;

namespace AssetBank.Core.Search;

/// <summary>
/// Kind names a user may type (<c>--kind</c>, <c>kind:</c>): the wire names, the one Chinese name each kind has
/// everywhere (<see cref="AssetKindNames.ToChinese"/>), and the words strategists use.
/// </summary>
public static class SearchKinds
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

    private static readonly AssetKind[] Searchable = [AssetKind.Video, AssetKind.Image, AssetKind.Audio, AssetKind.Copy, AssetKind.KolList, AssetKind.Social];

    /// <summary>The valid values, for an error message: <c>video(视频)、image(图片/平面)…</c>.</summary>
    public static string Valid { get; } = string.Join("、", Searchable.Select(kind =>
    {
        var wire = AssetKindNames.ToWire(kind);
        var aliases = Chinese.Where(p => p.Value == wire && !p.Key.All(char.IsAsciiLetter)).Select(p => p.Key).Take(3);
        return $"{wire}({string.Join('/', aliases)})";
    }));

    public static bool TryNormalize(string? value, out string wire)
    {
        wire = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

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

        return false;
    }
}
