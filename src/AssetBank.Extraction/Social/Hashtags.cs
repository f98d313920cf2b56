using System.Text.RegularExpressions;

namespace AssetBank.Extraction.Social;

/// <summary>
/// Hashtags as the platforms write them: Weibo's paired <c>#话题#</c>, Xiaohongshu's <c>#话题[话题]#</c>, and the
/// open <c>#话题</c> of Xiaohongshu and Douyin (ended by a space, another # or punctuation).
/// </summary>
internal static partial class Hashtags
{
    private const int MaxTagChars = 40;

    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tags = new List<string>();
        var rest = Paired().Replace(text, m =>
        {
            tags.Add(m.Groups["tag"].Value);
            return " ";
        });
        foreach (Match match in Open().Matches(rest))
        {
            tags.Add(match.Groups["tag"].Value);
        }

        return Clean(tags);
    }

    /// <summary>A tag column's cell: tags separated by #, spaces, commas, 、 or new lines.</summary>
    public static IReadOnlyList<string> Split(string? cell) =>
        string.IsNullOrWhiteSpace(cell)
            ? []
            : Clean(cell.Split(['#', ' ', '\u3000', ',', '，', '、', ';', '；', '\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static IReadOnlyList<string> Merge(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static List<string> Clean(IEnumerable<string> tags) =>
    [
        .. tags
            .Select(t => t.Replace("[话题]", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('。', '，', '！', '？', '.', ',', '!', '?', '～', '~'))
            .Where(t => t.Length is > 0 and <= MaxTagChars)
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    [GeneratedRegex(@"#(?<tag>[^#\s]{1,40}?)(?:\[话题\])?#")]
    private static partial Regex Paired();

    [GeneratedRegex(@"#(?<tag>[^#\s，。！？,!?、；;：:（）()【】\[\]]{1,40})")]
    private static partial Regex Open();
}
