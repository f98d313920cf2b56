using AssetBank.Core.Tagging;
using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.TaggingEval;

/// <summary>Names of the scored kinds, and the dimensions the manifest's themes speak to for each.</summary>
public static class ItemKinds
{
    public const string VideoShot = "video-shot";
    public const string Note = "note";
    public const string CommentThread = "comment-thread";
    public const string KolRow = "kol-row";

    /// <summary>The manifest's own wire name of a file kind (<c>kol-list</c>).</summary>
    public static string Of(SampleKind kind) => kind switch
    {
        SampleKind.KolList => "kol-list",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// All four dimensions, except for KOL rows and lists: a row (nickname, platform, vertical, brands) says which
    /// industry a KOL works in, while the manifest's scenario, emotion and relationship belong to the campaign the KOL
    /// was picked for, which no tagger could read from the row.
    /// </summary>
    public static IReadOnlyList<TagDimension> JudgedDimensions(string kind) =>
        kind is KolRow or "kol-list" ? [TagDimension.Industry] : TagDimensions.All;
}
