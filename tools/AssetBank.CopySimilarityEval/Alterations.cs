using System.Text;

namespace AssetBank.CopySimilarityEval;

/// <summary>The edits a copywriter (or a model) makes to reused copy, each one a query that should raise an alarm.</summary>
internal sealed class Alterations(Random random, CopyGenerator generator, IReadOnlyDictionary<char, char> toTraditional)
{
    public static readonly string[] Names = ["punctuation", "traditional", "insert-words", "delete-words", "embedded", "excerpt", "reorder", "synonyms", "combined", "partial-mixed"];

    public string Apply(string name, string text, Topic topic) => name switch
    {
        "punctuation" => Punctuation(text),
        "traditional" => Traditional(text),
        "insert-words" => Insert(text),
        "delete-words" => Delete(text),
        "embedded" => $"{generator.Sentence(topic)}{generator.Sentence(topic)}{text}{generator.Sentence(topic)}{generator.Sentence(topic)}",
        "excerpt" => Excerpt(text),
        "reorder" => Reorder(text),
        "synonyms" => Synonyms(text),
        "combined" => Synonyms(Traditional(Punctuation(text))),
        "partial-mixed" => PartialMixed(text, topic),
        _ => throw new ArgumentException(name),
    };

    /// <summary>Sentences of a text, each with its closing punctuation.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            current.Append(c);
            if (c is '。' or '！' or '？' or '\n' or '!' or '?')
            {
                sentences.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            sentences.Add(current.ToString());
        }

        return sentences.Where(s => s.Trim().Length > 0).ToList();
    }

    private string Punctuation(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '，' => random.Next(2) == 0 ? " " : ", ",
                '。' => random.Next(2) == 0 ? "!! " : "～",
                '！' => "!!!",
                _ => c.ToString(),
            });
            if (random.Next(15) == 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private string Traditional(string text) => new(text.Select(c => toTraditional.TryGetValue(c, out var t) ? t : c).ToArray());

    private string Insert(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < 2; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), generator.Pick(Vocabulary.Fillers));
        }

        return builder.ToString();
    }

    private string Delete(string text)
    {
        if (text.Length < 10)
        {
            return text.Remove(random.Next(text.Length - 1), 1);
        }

        var at = random.Next(text.Length - 3);
        return text.Remove(at, 2 + random.Next(2));
    }

    private string Excerpt(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Count < 3)
        {
            return Delete(text);
        }

        var take = (int)Math.Ceiling(sentences.Count * 0.6);
        var start = random.Next(sentences.Count - take + 1);
        return string.Concat(sentences.Skip(start).Take(take));
    }

    private string Reorder(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Count < 2)
        {
            var comma = text.IndexOf('，', StringComparison.Ordinal);
            return comma > 0 ? text[(comma + 1)..] + "，" + text[..comma] : text;
        }

        string shuffled;
        do
        {
            shuffled = string.Concat(sentences.OrderBy(_ => random.Next()));
        }
        while (shuffled == string.Concat(sentences) && sentences.Distinct().Count() > 1);

        return shuffled;
    }

    private string Synonyms(string text)
    {
        var swaps = 0;
        foreach (var (word, synonym) in Vocabulary.Synonyms.OrderBy(_ => random.Next()))
        {
            if (swaps < 2 && text.Contains(word, StringComparison.Ordinal))
            {
                var at = text.IndexOf(word, StringComparison.Ordinal);
                text = string.Concat(text.AsSpan(0, at), synonym, text.AsSpan(at + word.Length));
                swaps++;
            }
        }

        return swaps > 0 ? text : Insert(text);
    }

    private string PartialMixed(string text, Topic topic)
    {
        var sentences = Sentences(text);
        var half = sentences.Take(Math.Max(1, sentences.Count / 2));
        return string.Concat(half) + generator.Sentence(topic) + generator.Sentence(topic);
    }
}
