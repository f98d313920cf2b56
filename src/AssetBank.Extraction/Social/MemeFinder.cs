using System.Text;

namespace AssetBank.Extraction.Social;

/// <summary>
/// Groups near-identical comments of a thread into memes: comments whose normalised text (no @mentions, [表情] codes,
/// emoji, punctuation or laughter runs) shares most of its character pairs with a group's first comment. Groups of two
/// or more are memes, ranked by how many people repeat them, then by their likes.
/// </summary>
internal static class MemeFinder
{
    public const double Similarity = 0.6;
    public const int MinLength = 4;
    public const int MaxCompared = 2_000;

    public static IReadOnlyList<Meme> Find(IReadOnlyList<ThreadComment> comments, int maxMemes)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var groups = new List<(HashSet<string> Pairs, List<ThreadComment> Members)>();
        foreach (var comment in comments.OrderByDescending(c => c.Likes).Take(MaxCompared))
        {
            var normal = Normalise(comment.Text);
            if (normal.Length < MinLength)
            {
                continue;
            }

            var pairs = Pairs(normal);
            var home = groups.FindIndex(g => Jaccard(g.Pairs, pairs) >= Similarity);
            if (home >= 0)
            {
                groups[home].Members.Add(comment);
            }
            else
            {
                groups.Add((pairs, [comment]));
            }
        }

        return groups
            .Where(g => g.Members.Count >= 2)
            .Select(g => new Meme(
                g.Members[0].Text.Trim(),
                g.Members.Count,
                g.Members.Sum(m => m.Likes),
                g.Members.Skip(1).Select(m => m.Text.Trim()).Distinct(StringComparer.Ordinal).Take(5).ToList()))
            .OrderByDescending(m => m.Repeats)
            .ThenByDescending(m => m.Likes)
            .Take(maxMemes)
            .ToList();
    }

    /// <summary>The words of a comment without mentions, sticker codes, emoji, punctuation, spaces and repeated laughter.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '@')
            {
                while (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c == '[')
            {
                var close = text.IndexOf(']', i);
                if (close > i && close - i <= 6)
                {
                    i = close;
                    continue;
                }
            }

            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                var folded = char.ToLowerInvariant(c);
                if (folded == '哈' && kept.Length > 0 && kept[^1] == '哈')
                {
                    continue;
                }

                kept.Append(folded);
            }
        }

        return kept.ToString();
    }

    private static HashSet<string> Pairs(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            pairs.Add(text.Substring(i, 2));
        }

        return pairs;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
