using System.Text.RegularExpressions;

namespace AssetBank.Extraction.Social;

/// <summary>Video ids and platforms read from the links that exports carry instead of (or beside) ids.</summary>
internal static partial class SourceLinks
{
    public static bool IsUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.Contains(".com/", StringComparison.OrdinalIgnoreCase) || value.Contains(".cn/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The id in a video or post link: after <c>/video/</c>, <c>/note/</c>, <c>modal_id=</c> and the like; else the last
    /// path segment (a Weibo post <c>weibo.com/{user}/{post}</c>, a short link); else the longest digit run.
    /// </summary>
    public static string VideoIdOf(string url)
    {
        if (VideoPath().Match(url) is { Success: true } path)
        {
            return path.Groups["id"].Value;
        }

        var withoutQuery = url.Split('?', '#')[0].TrimEnd('/');
        var slash = withoutQuery.LastIndexOf('/');
        var segment = slash >= 0 ? withoutQuery[(slash + 1)..] : string.Empty;
        if (segment.Length > 0 && !segment.Contains('.', StringComparison.Ordinal))
        {
            return segment;
        }

        return LongDigits().Matches(url).Select(m => m.Value).OrderByDescending(v => v.Length).FirstOrDefault() ?? url;
    }

    /// <summary>douyin, xiaohongshu, weibo, kuaishou or bilibili from a link's host; null when unknown.</summary>
    public static string? PlatformOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var u = url.ToLowerInvariant();
        return u.Contains("douyin", StringComparison.Ordinal) ? "douyin"
            : u.Contains("xiaohongshu", StringComparison.Ordinal) || u.Contains("xhslink", StringComparison.Ordinal) ? "xiaohongshu"
            : u.Contains("weibo", StringComparison.Ordinal) ? "weibo"
            : u.Contains("kuaishou", StringComparison.Ordinal) ? "kuaishou"
            : u.Contains("bilibili", StringComparison.Ordinal) ? "bilibili"
            : null;
    }

    [GeneratedRegex(@"(?:/video/|/note/|/explore/|modal_id=|item_id=|aweme_id=)(?<id>[0-9A-Za-z]+)")]
    private static partial Regex VideoPath();

    [GeneratedRegex(@"\d{8,}")]
    private static partial Regex LongDigits();
}
