namespace AssetBank.Core.Assets;

/// <summary>Stable wire names (catalog, JSON, CLI) and zh-CN labels for <see cref="AssetKind"/>.</summary>
public static class AssetKindNames
{
    public static string ToWire(AssetKind kind) => kind switch
    {
        AssetKind.Video => "video",
        AssetKind.Image => "image",
        AssetKind.Audio => "audio",
        AssetKind.Copy => "copy",
        AssetKind.KolList => "kol-list",
        AssetKind.Social => "social",
        _ => "unknown",
    };

    public static AssetKind FromWire(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "video" => AssetKind.Video,
        "image" => AssetKind.Image,
        "audio" => AssetKind.Audio,
        "copy" => AssetKind.Copy,
        "kol-list" or "kol" => AssetKind.KolList,
        "social" => AssetKind.Social,
        _ => AssetKind.Unknown,
    };

    public static string ToChinese(AssetKind kind) => kind switch
    {
        AssetKind.Video => "视频",
        AssetKind.Image => "图片",
        AssetKind.Audio => "音频",
        AssetKind.Copy => "文案",
        AssetKind.KolList => "KOL名单",
        AssetKind.Social => "舆情数据",
        _ => "未知",
    };
}
