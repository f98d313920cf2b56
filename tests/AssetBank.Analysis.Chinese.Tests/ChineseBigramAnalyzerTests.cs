using static AssetBank.Analysis.Chinese.Tests.TokenStreams;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class ChineseBigramAnalyzerTests
{
    [Fact]
    public void Emits_overlapping_bigrams_of_Chinese_and_whole_Latin_words()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        AssertAnalyzesTo(
            analyzer,
            "新手爸爸 KOL",
            ("新手", 0, 2, 1), ("手爸", 1, 3, 1), ("爸爸", 2, 4, 1), ("kol", 5, 8, 1));
    }

    [Fact]
    public void Keeps_a_lone_Chinese_character_as_a_unigram_and_folds_full_width()
    {
        using var analyzer = new ChineseBigramAnalyzer();
        Assert.Equal(["娃", "kol"], Terms(analyzer, "娃，ＫＯＬ"));
    }
}
