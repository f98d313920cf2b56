using System.Text;
using static AssetBank.Analysis.Chinese.Tests.TokenStreams;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "新手爸爸", "夜醒", "小红书", "种草", "的", "了", "iPhone", "16", "618", "大促", "ＫＯＬ", "１２３", "３．５", "５０％",
        "繁體", "測試", "😂", "👍🏻", "❤️", "👨‍👩‍👧", "🇨🇳", "𠮷", "\uD800", "\uDC00", "\u200D", "\uFE0F", "\u0301", "é",
        "，", "。", "！", "、", "—", "…", " ", "\t", "\n", "\u3000", "の", "한", "Ω", "ß", "İ", "3.", ".5", "%", "x", "\0",
    ];

    [Fact]
    public void Random_strings_never_break_the_token_stream_contract()
    {
        var random = new Random(20240618);
        using var query = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        using var index = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var text = RandomText(random, random.Next(0, 120));
            Analyze(query, text);
            Analyze(index, text);
        }
    }

    [Fact]
    public void Random_strings_are_covered_exactly_by_the_tokenizer_s_query_mode_tokens()
    {
        var random = new Random(618);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var text = RandomText(random, random.Next(0, 120));
            using var tokenizer = new ChineseTokenizer(new StringReader(text), ChineseAnalyzerMode.Query);
            var tokens = Consume(tokenizer, text.Length);
            var end = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= end, $"overlap at {token.Start} in {Escape(text)}");
                Assert.True(string.IsNullOrWhiteSpace(text[end..token.Start]), $"gap {end}-{token.Start} in {Escape(text)}");
                Assert.Equal(text[token.Start..token.End], token.Term);
                end = token.End;
            }

            Assert.True(string.IsNullOrWhiteSpace(text[end..]), $"uncovered tail in {Escape(text)}");
        }
    }

    [Fact]
    public void Random_unicode_code_units_do_not_crash_either_mode()
    {
        var random = new Random(11);
        using var query = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        using var index = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        var chars = new char[200];
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var length = random.Next(chars.Length);
            for (var i = 0; i < length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            var text = new string(chars, 0, length);
            Analyze(query, text);
            Analyze(index, text);
        }
    }

    [Fact]
    public void A_five_megabyte_document_is_analyzed_completely()
    {
        var builder = new StringBuilder(5_300_000);
        var random = new Random(5);
        string[] sentences =
        [
            "新手爸爸半夜哄娃，宝宝夜醒怎么办？", "小红书种草笔记：这款安抚奶嘴真的绝绝子！", "双十一大促到手价99元，iPhone16新品开箱测评。",
            "母婴品牌信息流投放转化率提升35%。", "KOL和KOC组合打法值得复盘😂 ",
        ];
        while (builder.Length < 5_000_000)
        {
            builder.Append(sentences[random.Next(sentences.Length)]);
            if (random.Next(2000) == 0)
            {
                // Now and then a long run with no break at all.
                builder.Append(new string('哄', 10_000)).Append(new string('a', 1_000));
            }
        }

        var text = builder.ToString();
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        var tokens = Analyze(analyzer, text);
        Assert.True(tokens.Count > 1_000_000);
        Assert.True(tokens[^1].End > text.Length - 20);
    }

    [Fact]
    public void A_run_longer_than_one_block_is_covered_without_loss()
    {
        var text = string.Concat(Enumerable.Repeat("新手爸爸半夜哄娃宝宝夜醒", 1000));
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        Assert.Equal(text, string.Concat(Analyze(analyzer, text).Select(t => t.Term)));
    }

    [Fact]
    public void A_letter_run_longer_than_the_maximum_token_is_split_not_dropped()
    {
        var text = new string('a', 1000);
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query);
        var tokens = Analyze(analyzer, text);
        Assert.All(tokens, t => Assert.True(t.Term.Length <= 255));
        Assert.Equal(1000, tokens.Sum(t => t.Term.Length));
    }

    private static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString()));
}
