using static AssetBank.Analysis.Chinese.Tests.TokenStreams;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class ChineseAnalyzerTests : IDisposable
{
    private readonly ChineseAnalyzer _query = new(ChineseAnalyzerMode.Query);
    private readonly ChineseAnalyzer _index = new(ChineseAnalyzerMode.Index);

    public void Dispose()
    {
        _query.Dispose();
        _index.Dispose();
    }

    [Fact]
    public void Splits_a_Latin_model_name_from_the_Chinese_word_after_it()
    {
        AssertAnalyzesTo(_query, "iPhone16 新品", ("iphone16", 0, 8, 1), ("新品", 9, 11, 1));
    }

    [Fact]
    public void Splits_a_number_from_the_Chinese_word_glued_to_it()
    {
        AssertAnalyzesTo(_query, "618大促", ("618", 0, 3, 1), ("大促", 3, 5, 1));
    }

    [Fact]
    public void Keeps_advertising_vocabulary_whole_in_query_mode()
    {
        AssertAnalyzesTo(_query, "新手爸爸半夜哄娃", ("新手爸爸", 0, 4, 1), ("半夜", 4, 6, 1), ("哄娃", 6, 8, 1));
    }

    [Fact]
    public void Index_mode_follows_a_long_word_with_its_dictionary_sub_words_at_the_same_position()
    {
        AssertAnalyzesTo(
            _index,
            "新手爸爸夜醒",
            ("新手爸爸", 0, 4, 1), ("新手", 0, 2, 0), ("爸爸", 2, 4, 0), ("夜醒", 4, 6, 1));
    }

    [Fact]
    public void Query_mode_emits_no_sub_words()
    {
        Assert.All(Analyze(_query, "中国科学院计算所的新手爸爸用iPhone16拍vlog"), t => Assert.Equal(1, t.PositionIncrement));
    }

    [Fact]
    public void Index_mode_also_emits_the_letter_and_digit_parts_of_a_mixed_token()
    {
        AssertAnalyzesTo(_index, "iPhone16", ("iphone16", 0, 8, 1), ("iphone", 0, 6, 0), ("16", 6, 8, 0));
    }

    [Fact]
    public void Folds_full_width_letters_and_digits_and_keeps_the_original_offsets()
    {
        AssertAnalyzesTo(_query, "ＫＯＬ种草１２３", ("kol", 0, 3, 1), ("种草", 3, 5, 1), ("123", 5, 8, 1));
    }

    [Fact]
    public void Lower_cases_Latin_letters()
    {
        Assert.Equal(["kol", "koc", "yyds"], Terms(_query, "KOL KoC YYDS"));
    }

    [Fact]
    public void Drops_punctuation_without_leaving_a_position_gap()
    {
        AssertAnalyzesTo(_query, "夜醒，哄娃！", ("夜醒", 0, 2, 1), ("哄娃", 3, 5, 1));
        AssertAnalyzesTo(_query, "「种草」…——《小红书》", ("种草", 1, 3, 1), ("小红书", 8, 11, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\u3000")]
    [InlineData("，。！？、；：")]
    public void Input_without_words_gives_no_tokens(string text)
    {
        Assert.Empty(Analyze(_query, text));
        Assert.Empty(Analyze(_index, text));
    }

    [Fact]
    public void Keeps_a_date_number_with_its_unit_and_the_bare_number_as_a_sub_word_in_index_mode()
    {
        Assert.Equal(["2024年", "3月", "15日", "上线"], Terms(_query, "2024年3月15日上线"));
        AssertAnalyzesTo(_index, "2024年", ("2024年", 0, 5, 1), ("2024", 0, 4, 0));
    }

    [Fact]
    public void Reads_full_width_dates_and_years_in_Chinese_digits_as_single_numbers()
    {
        Assert.Equal(["1997年", "7月", "1日"], Terms(_query, "１９９７年７月１日"));
        Assert.Equal(["在", "二〇二四年", "和", "二○○一年"], Terms(_query, "在二〇二四年和二○○一年"));
    }

    [Fact]
    public void Attaches_a_bound_suffix_to_the_word_before_it()
    {
        Assert.Equal(["宝妈们", "和", "学生党", "的", "订单量"], Terms(_query, "宝妈们和学生党的订单量"));
    }

    [Fact]
    public void Index_mode_keeps_the_word_under_a_suffix_as_a_sub_word_at_the_same_position()
    {
        AssertAnalyzesTo(_index, "宝妈们好", ("宝妈们", 0, 3, 1), ("宝妈", 0, 2, 0), ("好", 3, 4, 1));
    }

    [Fact]
    public void Keeps_decimals_and_percentages_whole()
    {
        Assert.Equal(["转化率", "提升", "3.5", "倍", "点击率", "12%"], Terms(_query, "转化率提升3.5倍，点击率12%"));
        Assert.Equal(["50%"], Terms(_query, "５０％"));
    }

    [Fact]
    public void Finds_a_word_the_dictionary_does_not_know_with_the_hmm()
    {
        Assert.Contains("杭研", Terms(_query, "他来到了网易杭研大厦"));
    }

    [Fact]
    public void Matches_dictionary_words_that_mix_Latin_and_Chinese()
    {
        Assert.Equal(["穿", "t恤", "刷", "b站"], Terms(_query, "穿T恤刷B站"));
    }

    [Fact]
    public void Keeps_emoji_as_tokens_with_their_modifiers_and_joiners()
    {
        var tokens = Analyze(_query, "好看😂👍🏻❤️👨‍👩‍👧🇨🇳");
        Assert.Equal(["好看", "😂", "👍🏻", "❤️", "👨‍👩‍👧", "🇨🇳"], tokens.Select(t => t.Term));
        Assert.All(tokens.Skip(1), t => Assert.Equal(ChineseTokenTypes.Emoji, t.Type));
    }

    [Fact]
    public void Keeps_a_supplementary_plane_ideograph_as_one_token()
    {
        var tokens = Analyze(_query, "𠮷野家的牛丼");
        Assert.Equal(new AnalyzedToken("𠮷", 0, 2, 1, ChineseTokenTypes.Word), tokens[0]);
        Assert.Equal("野家的牛丼", string.Concat(tokens.Skip(1).Select(t => t.Term)));
        Assert.Equal(2, tokens[1].Start);
    }

    [Fact]
    public void Segments_traditional_characters()
    {
        var tokens = Analyze(_query, "繁體中文的廣告文案沒有問題");
        Assert.Equal("繁體中文的廣告文案沒有問題", string.Concat(tokens.Select(t => t.Term)));
        Assert.Contains("廣告", tokens.Select(t => t.Term));
    }

    [Fact]
    public void Keeps_kana_and_hangul_runs_apart_from_Chinese()
    {
        Assert.Equal(["小红书", "の", "种草", "사랑해요"], Terms(_query, "小红书の种草사랑해요"));
    }

    [Fact]
    public void Types_words_letters_and_numbers()
    {
        var types = Analyze(_query, "新品 KOL 618").Select(t => t.Type);
        Assert.Equal([ChineseTokenTypes.Word, ChineseTokenTypes.Alphanumeric, ChineseTokenTypes.Number], types);
    }

    [Fact]
    public void Gives_the_same_tokens_when_the_analyzer_is_reused()
    {
        const string text = "双十一大促，宝妈们在小红书上晒纸尿裤开箱测评";
        var first = Analyze(_index, text);
        Analyze(_index, "别的文本 other text 123");
        Assert.Equal(first, Analyze(_index, text));
    }

    [Fact]
    public void Tokenizer_alone_keeps_punctuation_as_typed_tokens_for_filters_to_drop()
    {
        using var tokenizer = new ChineseTokenizer(new StringReader("种草！KOL"), ChineseAnalyzerMode.Query);
        var tokens = Consume(tokenizer, 6);
        Assert.Equal(["种草", "！", "KOL"], tokens.Select(t => t.Term));
        Assert.Equal(ChineseTokenTypes.Punctuation, tokens[1].Type);
    }
}
