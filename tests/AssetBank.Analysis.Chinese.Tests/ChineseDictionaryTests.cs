using static AssetBank.Analysis.Chinese.Tests.TokenStreams;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class ChineseDictionaryTests
{
    [Fact]
    public void The_default_dictionary_holds_jieba_s_words_and_the_advertising_vocabulary()
    {
        var dictionary = ChineseDictionary.Default;
        Assert.True(dictionary.WordCount > 349_000);
        Assert.True(dictionary.Contains("清华大学"));
        Assert.True(dictionary.Contains("种草笔记"));
        Assert.True(dictionary.Contains("新手爸爸"));
        Assert.True(dictionary.Contains("yyds"));
        Assert.False(dictionary.Contains("新手"[..1] + "爸"));
        Assert.Same(dictionary, ChineseDictionary.Default);
    }

    [Fact]
    public void The_advertising_vocabulary_has_at_least_150_terms()
    {
        var withVocabulary = ChineseDictionary.Default.WordCount;
        var without = ChineseDictionary.Create(includeAdVocabulary: false).WordCount;
        Assert.True(withVocabulary - without >= 150, $"{withVocabulary - without} new words");
    }

    [Fact]
    public void Lookups_ignore_case_and_width()
    {
        var dictionary = ChineseDictionary.Default;
        Assert.True(dictionary.Contains("KOL"));
        Assert.True(dictionary.Contains("ｋｏｌ"));
        Assert.Equal(dictionary.GetFrequency("kol"), dictionary.GetFrequency("ＫＯＬ"));
    }

    [Fact]
    public void Prefixes_of_words_are_not_words()
    {
        var dictionary = ChineseDictionary.CreateEmpty();
        dictionary.AddWord("种草笔记", 10);
        Assert.True(dictionary.Contains("种草笔记"));
        Assert.False(dictionary.Contains("种草笔"));
        Assert.Equal(1, dictionary.WordCount);
    }

    [Fact]
    public void A_user_dictionary_file_extends_segmentation_without_a_rebuild()
    {
        var dictionary = ChineseDictionary.Create(includeAdVocabulary: false);
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary);
        Assert.DoesNotContain("喵星铲屎官", Terms(analyzer, "喵星铲屎官的日常"));

        var path = Path.Combine(Path.GetTempPath(), $"userdict-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["# 我们的词", "", "喵星铲屎官 5000", "哄睡神器", "奶瓶消毒器 300 n"]);
        try
        {
            Assert.Equal(3, dictionary.LoadUserDictionary(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(["喵星铲屎官", "的", "日常"], Terms(analyzer, "喵星铲屎官的日常"));
        Assert.Equal(5000, dictionary.GetFrequency("喵星铲屎官"));
        Assert.Equal(300, dictionary.GetFrequency("奶瓶消毒器"));
        Assert.True(dictionary.GetFrequency("哄睡神器") >= ChineseDictionary.MinimumUserWordFrequency);
        Assert.Contains("哄睡神器", Terms(analyzer, "宝妈必备的哄睡神器来了"));
    }

    [Fact]
    public void A_bad_user_dictionary_line_is_reported_with_its_number()
    {
        var dictionary = ChineseDictionary.CreateEmpty();
        var error = Assert.Throws<FormatException>(() =>
            dictionary.LoadUserDictionary(new StringReader("好词 10\n坏词 -3\n"), "mine.txt"));
        Assert.Contains("mine.txt:2", error.Message);
    }

    [Fact]
    public void Words_added_in_code_are_used_by_analyzers_that_already_exist()
    {
        var dictionary = ChineseDictionary.Create(includeAdVocabulary: false);
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary);
        Assert.NotEqual(["夜醒焦虑"], Terms(analyzer, "夜醒焦虑"));

        Assert.Equal(2, dictionary.AddWords(["夜醒焦虑", "  ", "新手奶爸"]));
        dictionary.AddWord("半夜冲奶", 8000);

        Assert.Equal(["夜醒焦虑"], Terms(analyzer, "夜醒焦虑"));
        Assert.Equal(["新手奶爸", "半夜冲奶"], Terms(analyzer, "新手奶爸半夜冲奶"));
    }

    [Fact]
    public void A_copy_takes_new_words_without_changing_the_original()
    {
        var original = ChineseDictionary.Create(includeAdVocabulary: false);
        var copy = original.Copy();

        copy.AddWord("蓝鲸星球");

        Assert.True(copy.Contains("蓝鲸星球"));
        Assert.False(original.Contains("蓝鲸星球"));
        Assert.Equal(original.WordCount + 1, copy.WordCount);
        Assert.True(copy.Contains("清华大学"));
    }

    [Fact]
    public void A_frozen_dictionary_refuses_new_words_and_keeps_segmenting()
    {
        var dictionary = ChineseDictionary.Create(includeAdVocabulary: false);
        dictionary.AddWord("夜醒焦虑");
        dictionary.Freeze();
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary);

        Assert.True(dictionary.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => dictionary.AddWord("新手奶爸"));
        Assert.Throws<InvalidOperationException>(() => dictionary.LoadUserDictionary(new StringReader("新手奶爸 3000"), "test"));
        Assert.False(dictionary.Contains("新手奶爸"));
        Assert.Equal(["夜醒焦虑"], Terms(analyzer, "夜醒焦虑"));
        Assert.False(dictionary.Copy().IsFrozen);
    }

    [Fact]
    public void A_suggested_frequency_makes_a_word_beat_its_parts()
    {
        var dictionary = ChineseDictionary.Create(includeAdVocabulary: false);
        var suggested = dictionary.SuggestFrequency("新手爸爸");
        Assert.True(suggested >= 1);
        dictionary.AddWord("新手爸爸", suggested);
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary);
        Assert.Equal(["新手爸爸"], Terms(analyzer, "新手爸爸"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("有 空格")]
    public void Invalid_words_are_refused(string word)
    {
        Assert.Throws<ArgumentException>(() => ChineseDictionary.CreateEmpty().AddWord(word));
    }

    [Fact]
    public void The_shared_dictionary_is_one_instance_for_every_thread()
    {
        // Load time is measured by the benchmark (tools/AssetBank.Benchmarks.Analysis), not by a timed test.
        var seen = new ChineseDictionary[16];
        Parallel.For(0, seen.Length, i => seen[i] = ChineseDictionary.Default);
        Assert.All(seen, d => Assert.Same(ChineseDictionary.Default, d));
    }

    [Fact]
    public void An_empty_dictionary_leaves_everything_to_the_hmm()
    {
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, ChineseDictionary.CreateEmpty());
        var terms = Terms(analyzer, "我们在小红书上种草");
        Assert.Equal("我们在小红书上种草", string.Concat(terms));
        Assert.True(terms.Length > 1);
    }
}
