namespace AssetBank.Core.Assets;

/// <summary>
/// What an imported text item is, from the <c>kind</c> its source gave it (<c>note</c>, <c>comment</c>, <c>post</c>,
/// <c>copy</c>, <c>kol_profile</c>, <c>shot</c>, or a wire name), so that it is filtered and grouped as what it is.
/// A shot's text is copy (the video itself is not imported); anything unknown is copy, and the caller says so.
/// </summary>
public static class ImportedItemKinds
{
    /// <summary>The asset kind of a declared item kind; <paramref name="known"/> is false when it was guessed as copy.</summary>
    public static AssetKind Resolve(string? declared, out bool known)
    {
        known = true;
        switch (declared?.Trim().ToLowerInvariant().Replace('-', '_'))
        {
            case null or "":
                return AssetKind.Copy;
            case "note" or "notes" or "comment" or "comments" or "comment_thread" or "post" or "posts" or "weibo" or "social":
                return AssetKind.Social;
            case "kol_profile" or "kol" or "kol_list" or "kol_row":
                return AssetKind.KolList;
            case "copy" or "slogan" or "brief" or "shot" or "script":
                return AssetKind.Copy;
            default:
                known = false;
                return AssetKind.Copy;
        }
    }
}
