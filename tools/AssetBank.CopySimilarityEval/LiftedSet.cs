using AssetBank.Similarity.Copy;

namespace AssetBank.CopySimilarityEval;

/// <summary>
/// The lifted-passage part of the set, drawn from its own random stream so the rest of the set stays as it was: long
/// references (brochures and slogan lists), a slogan or sentence lifted out of one of them, the same passage inside a
/// long new text, and hard negatives that share only the stock phrases every brand uses (限时优惠, 品质生活, …).
/// </summary>
internal sealed class LiftedSet(Random random, CopyGenerator generator)
{
    public static readonly string[] Names = ["lifted-slogan", "slogan-in-new-text"];

    /// <summary>Stock phrases of Chinese ad copy: sharing one (or two) is not copying.</summary>
    public static readonly string[] StockPhrases =
        ["限时优惠", "品质生活", "新品上市", "全场包邮", "买一送一", "品质之选", "匠心打造", "值得拥有", "焕新升级", "爆款返场", "好物推荐", "美好生活从这里开始"];

    /// <summary>The shortest passage (normalised characters) the set lifts: the engine's minimum for a lifted passage.</summary>
    public const int MinLiftedChars = 12;

    /// <summary>Half brochures (a slogan and five to eight sentences), half slogan lists (five slogans, one a line).</summary>
    public (string Form, string Text) Reference(Topic topic)
    {
        if (random.Next(2) == 0)
        {
            var parts = new List<string> { generator.Slogan(topic) + "。" };
            var count = random.Next(5, 9);
            for (var i = 0; i < count; i++)
            {
                parts.Add(generator.Sentence(topic));
            }

            parts.Insert(random.Next(1, parts.Count), $"{Pick(StockPhrases)}，{Pick(Vocabulary.Calls)}。");
            return ("brochure", string.Concat(parts));
        }

        var slogans = new List<string>();
        while (slogans.Count < 5)
        {
            var slogan = generator.Slogan(topic);
            if (!slogans.Contains(slogan))
            {
                slogans.Add(slogan);
            }
        }

        return ("slogan-list", string.Join('\n', slogans));
    }

    /// <summary>A sentence (or slogan) of the reference at least <see cref="MinLiftedChars"/> long, or null when none is.</summary>
    public string? Passage(string reference)
    {
        var candidates = Alterations.Sentences(reference)
            .Select(s => s.Trim())
            .Where(s => CopyTextNormalizer.Normalize(s).Normalized.Length >= MinLiftedChars)
            .ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    public string Apply(string name, string passage, Topic topic) => name switch
    {
        // The lifted slogan stands alone with its punctuation redone, as a new key visual's line would.
        "lifted-slogan" => passage.TrimEnd('。', '！', '\n').Replace('，', ' ') + (random.Next(2) == 0 ? "！" : string.Empty),
        "slogan-in-new-text" => $"{Pick(Vocabulary.Openers)}！{generator.Sentence(topic)}{generator.Sentence(topic)}{passage.TrimEnd('\n', '。')}。{generator.Sentence(topic)}{generator.Sentence(topic)}{generator.Sentence(topic)}",
        _ => throw new ArgumentException(name),
    };

    /// <summary>A competitor's long text with two or three stock phrases worked in, as real copy has them.</summary>
    public string StockNegative(Topic competitor)
    {
        var parts = new List<string> { $"{Pick(StockPhrases)}！{generator.Sentence(competitor)}" };
        for (var i = 0; i < random.Next(2, 4); i++)
        {
            parts.Add(generator.Sentence(competitor));
        }

        parts.Insert(random.Next(1, parts.Count), $"{Pick(StockPhrases)}，{Pick(StockPhrases)}。");
        return string.Concat(parts);
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
