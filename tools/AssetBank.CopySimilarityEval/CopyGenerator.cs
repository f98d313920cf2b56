namespace AssetBank.CopySimilarityEval;

/// <summary>Generates realistic Chinese ad copy: slogans, product copy and social posts, from varied templates and a topic's vocabulary.</summary>
internal sealed class CopyGenerator(Random random)
{
    private static readonly string[] Emoji = ["✨", "🔥", "💯", "❤️", "😍", "👍", "🎉", "🌟"];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public Topic AnyTopic() => Pick(Vocabulary.Topics);

    public string Slogan(Topic t)
    {
        var brand = Pick(t.Brands);
        return random.Next(8) switch
        {
            0 => $"{brand}{Pick(t.Products)}，{Pick(t.Benefits)}",
            1 => $"{Pick(t.Feelings)}，就选{brand}",
            2 => $"{Pick(t.Scenes)}，有{brand}{Pick(t.Products)}就{Pick(t.Feelings)}",
            3 => $"{Pick(t.Benefits)}，{brand}更懂你",
            4 => $"{brand}，让{Pick(t.Scenes)}{Pick(t.Feelings)}",
            5 => $"每一次{Pick(t.Scenes)}，都值得{brand}",
            6 => $"{Pick(t.Benefits)}！{brand}{Pick(t.Products)}",
            _ => $"不止{Pick(t.Products)}，更是{Pick(t.Feelings)}的{brand}",
        };
    }

    public string Sentence(Topic t)
    {
        var brand = Pick(t.Brands);
        var product = Pick(t.Products);
        return random.Next(12) switch
        {
            0 => $"{Pick(t.Scenes)}，{product}{Pick(t.Benefits)}。",
            1 => $"这款{product}{Pick(t.Benefits)}，{Pick(t.Feelings)}！",
            2 => $"{brand}全新{product}正式上市，{Pick(t.Benefits)}。",
            3 => $"无论是{Pick(t.Scenes)}还是{Pick(t.Scenes)}，都能{Pick(t.Feelings)}。",
            4 => $"用过的人都说{Pick(t.Benefits)}。",
            5 => $"到手价只要{random.Next(29, 1999)}元，{Pick(Vocabulary.Calls)}。",
            6 => $"已有{random.Next(2, 98)}万人种草{brand}{product}。",
            7 => $"我们相信，{Pick(t.Feelings)}的生活从{product}开始。",
            8 => $"{Pick(t.Benefits)}，这才是{Pick(t.Scenes)}该有的样子。",
            9 => $"第{random.Next(2, 9)}代{product}升级归来，{Pick(t.Benefits)}。",
            10 => $"{Pick(Vocabulary.Calls)}！",
            _ => $"选{brand}，{Pick(t.Scenes)}也{Pick(t.Feelings)}。",
        };
    }

    public string AdCopy(Topic t)
    {
        var parts = new List<string> { Slogan(t) + "。" };
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Sentence(t));
        }

        return string.Concat(parts);
    }

    public string Post(Topic t)
    {
        var brand = Pick(t.Brands);
        var product = Pick(t.Products);
        var parts = new List<string>
        {
            $"{Pick(Vocabulary.Openers)}！{Pick(Emoji)}",
            random.Next(3) switch
            {
                0 => $"最近入手了{brand}的{product}，{Pick(t.Benefits)}，{Pick(t.Feelings)}。",
                1 => $"{Pick(t.Scenes)}全靠这款{product}续命，{Pick(t.Benefits)}。",
                _ => $"被朋友安利了{random.Next(2, 9)}次终于下单{brand}{product}，结果{Pick(t.Feelings)}。",
            },
        };
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Sentence(t));
        }

        parts.Add($"\n{Pick(t.Hashtags)} {Pick(t.Hashtags)} {Pick(Emoji)}");
        return string.Concat(parts);
    }

    /// <summary>One reference of a random form: a third slogans, a third product copy, a third social posts.</summary>
    public (string Form, string Text) Reference(Topic t) => random.Next(3) switch
    {
        0 => ("slogan", Slogan(t)),
        1 => ("copy", AdCopy(t)),
        _ => ("post", Post(t)),
    };
}
