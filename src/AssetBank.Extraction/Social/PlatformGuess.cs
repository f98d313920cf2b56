namespace AssetBank.Extraction.Social;

/// <summary>
/// The platform of an export that does not name it: the shape of its ids (a Xiaohongshu note id is 24 hex digits; a
/// Douyin video or comment id 19 decimal digits; a Weibo mid 16), then the folder and file name the producer chose
/// (<c>xhs_notes.json</c>, <c>抖音/评论.csv</c>).
/// </summary>
public static class PlatformGuess
{
    private static readonly (string Token, string Platform)[] PathTokens =
    [
        ("xiaohongshu", "xiaohongshu"), ("xhs", "xiaohongshu"), ("小红书", "xiaohongshu"), ("红书", "xiaohongshu"),
        ("douyin", "douyin"), ("抖音", "douyin"), ("weibo", "weibo"), ("微博", "weibo"),
        ("bilibili", "bilibili"), ("b站", "bilibili"), ("kuaishou", "kuaishou"), ("快手", "kuaishou"),
    ];

    public static string? FromIds(IEnumerable<string?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        int hex24 = 0, digits19 = 0, digits16 = 0, total = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            total++;
            if (id.Length == 24 && id.All(char.IsAsciiHexDigit))
            {
                hex24++;
            }
            else if (id.Length == 19 && id.All(char.IsAsciiDigit))
            {
                digits19++;
            }
            else if (id.Length == 16 && id.All(char.IsAsciiDigit))
            {
                digits16++;
            }
        }

        // Most of the ids must agree; a few odd rows do not change the verdict.
        return total == 0 ? null
            : hex24 * 5 >= total * 4 ? "xiaohongshu"
            : digits19 * 5 >= total * 4 ? "douyin"
            : digits16 * 5 >= total * 4 ? "weibo"
            : null;
    }

    /// <summary>A platform named by a whole token of the object key's folders or file name.</summary>
    public static string? FromPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var tokens = key.ToLowerInvariant().Split(['/', '_', '-', '.', ' ', '（', '）', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            foreach (var (name, platform) in PathTokens)
            {
                if (token == name || (name.Length > 1 && !name.All(char.IsAscii) && token.Contains(name, StringComparison.Ordinal)))
                {
                    return platform;
                }
            }
        }

        return null;
    }
}
