using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Querying;

namespace AssetBank.Search.Tests;

public sealed class QueryInterpreterTests
{
    private static readonly QueryInterpreter Interpreter = new(
        Corpus.Taxonomy,
        new AnalyzerTextSegmenter(new ChineseAnalyzer(ChineseAnalyzerMode.Query), "text"));

    private static readonly QueryInterpreter WithoutSegmenter = new(Corpus.Taxonomy);

    [Fact]
    public void Splits_the_strategists_em_dash_query_into_one_term_per_dimension()
    {
        var result = Interpreter.Interpret("母婴—夜醒—焦虑—新手爸爸");

        Assert.Equal(4, result.Parts.Count);
        Assert.All(result.Parts, p => Assert.Equal(QueryPartRole.Dimension, p.Role));
        Assert.Equal(
            ["industry.maternal-baby", "scenario.night-waking", "emotion.anxiety", "relationship.new-dad"],
            result.Parts.Select(p => p.Terms.Single().TermId));
        Assert.Equal(string.Empty, result.FreeText);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("母婴 夜醒")]
    [InlineData("母婴,夜醒")]
    [InlineData("母婴，夜醒")]
    [InlineData("母婴、夜醒")]
    [InlineData("母婴-夜醒")]
    [InlineData("母婴–夜醒")]
    [InlineData("母婴——夜醒")]
    [InlineData("母婴×夜醒")]
    [InlineData("母婴x夜醒")]
    [InlineData("母婴\u3000夜醒")]
    [InlineData("  母婴 ;  夜醒  ")]
    public void Splits_on_every_separator_strategists_type(string text)
    {
        var result = Interpreter.Interpret(text);

        Assert.Equal(["母婴", "夜醒"], result.Parts.Select(p => p.Terms.Single().Label));
    }

    [Fact]
    public void Keeps_a_hyphen_or_an_x_between_latin_letters_inside_the_word()
    {
        var result = Interpreter.Interpret("T-shirt xbox");

        Assert.Equal(["T-shirt", "xbox"], result.Parts.Select(p => p.Text));
        Assert.All(result.Parts, p => Assert.Equal(QueryPartRole.FreeText, p.Role));
    }

    [Fact]
    public void Resolves_synonyms_to_their_terms()
    {
        var result = Interpreter.Interpret("奶爸 半夜醒 着急");

        Assert.Equal(["新手爸爸", "夜醒", "焦虑"], result.Parts.Select(p => p.Terms.Single().Label));
        Assert.Equal("奶爸", result.Parts[0].Text);
    }

    [Fact]
    public void Leaves_words_that_name_no_term_as_free_text()
    {
        var result = Interpreter.Interpret("新手爸爸 半夜 哄娃");

        Assert.Equal(QueryPartRole.Dimension, result.Parts[0].Role);
        Assert.Equal("半夜 哄娃", result.FreeText);
    }

    [Fact]
    public void Finds_terms_inside_a_run_of_words_and_keeps_the_rest_as_text()
    {
        var result = Interpreter.Interpret("焦虑的新手爸爸半夜哄娃");

        Assert.Equal(["焦虑", "新手爸爸"], result.ResolvedTerms.Select(t => t.Label));
        Assert.DoesNotContain(result.Parts, p => p.Text == "的");
        Assert.Contains("哄娃", result.FreeText, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_a_run_made_only_of_labels_even_without_a_segmenter()
    {
        Assert.Equal(["母婴", "夜醒", "焦虑"], WithoutSegmenter.Interpret("母婴夜醒焦虑").Parts.Select(p => p.Terms.Single().Label));
        Assert.Equal(QueryPartRole.FreeText, WithoutSegmenter.Interpret("母婴半夜").Parts.Single().Role);
    }

    [Fact]
    public void A_word_naming_terms_of_two_dimensions_resolves_to_both()
    {
        var part = Interpreter.Interpret("孕期").Parts.Single();

        Assert.Equal([TagDimension.Industry, TagDimension.Scenario], part.Terms.Select(t => t.Dimension));
    }

    [Theory]
    [InlineData("行业:母婴")]
    [InlineData("行业：母婴")]
    [InlineData("industry:母婴")]
    [InlineData("Industry:母婴用品")]
    [InlineData("行业: 母婴")]
    [InlineData("industry:industry.maternal-baby")]
    public void Reads_explicit_dimension_syntax_as_a_required_term(string text)
    {
        var part = Interpreter.Interpret(text).Parts.Single();

        Assert.True(part.Required);
        Assert.Equal(new ResolvedTerm(TagDimension.Industry, "industry.maternal-baby", "母婴"), part.Terms.Single());
    }

    [Fact]
    public void Reads_kind_channel_client_and_date_filters()
    {
        var result = Interpreter.Interpret("kind:video 渠道:xhs 客户:暖暖乳业 date:2023..2024-06 夜醒");

        var filters = result.Parts.Where(p => p.Role == QueryPartRole.Filter).ToDictionary(p => p.Field!);
        Assert.Equal("video", filters["kind"].Value);
        Assert.Equal("小红书", filters["channel"].Value);
        Assert.Equal("暖暖乳业", filters["client"].Value);
        Assert.Equal(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), filters["date"].From);
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)), filters["date"].Before);
        Assert.Equal("夜醒", result.ResolvedTerms.Single().Label);
    }

    [Theory]
    [InlineData("类型:视频", "video")]
    [InlineData("kind:kol-list", "kol-list")]
    [InlineData("kind:笔记", "social")]
    [InlineData("type:IMAGE", "image")]
    public void Accepts_kind_names_in_english_and_chinese(string text, string wire)
    {
        Assert.Equal(wire, Interpreter.Interpret(text).Parts.Single().Value);
    }

    [Theory]
    [InlineData("date:2024年5月", 2024, 5, 1, 2024, 6, 1)]
    [InlineData("日期:2024/5/1", 2024, 5, 1, 2024, 5, 2)]
    [InlineData("date:2023至2024", 2023, 1, 1, 2025, 1, 1)]
    public void Reads_dates_in_the_forms_people_write(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var part = Interpreter.Interpret(text).Parts.Single();

        Assert.Equal(new DateTimeOffset(y1, m1, d1, 0, 0, 0, TimeSpan.FromHours(8)), part.From);
        Assert.Equal(new DateTimeOffset(y2, m2, d2, 0, 0, 0, TimeSpan.FromHours(8)), part.Before);
    }

    [Fact]
    public void Unknown_field_names_are_searched_as_text_with_a_note()
    {
        var result = Interpreter.Interpret("颜色:红色 夜醒");

        Assert.Contains(result.Notes, n => n.Code == "unknown-field" && n.Message.Contains("颜色", StringComparison.Ordinal));
        Assert.Contains("红色", result.FreeText, StringComparison.Ordinal);
        Assert.Equal("夜醒", result.ResolvedTerms.Single().Label);
    }

    [Fact]
    public void Unknown_kinds_terms_and_dates_are_explained_not_thrown()
    {
        var result = Interpreter.Interpret("kind:spaceship 行业:火星殖民 date:yesterday 渠道:");

        Assert.Equal(["unknown-kind", "unknown-term", "bad-date", "empty-value"], result.Notes.Select(n => n.Code));
        Assert.DoesNotContain(result.Parts, p => p.Role == QueryPartRole.Filter);
        Assert.Contains("火星殖民", result.FreeText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("\u200B\uFEFF")]
    public void An_empty_query_has_no_parts_and_says_so(string? text)
    {
        var result = Interpreter.Interpret(text);

        Assert.True(result.IsEmpty);
        Assert.Equal("empty", result.Notes.Single().Code);
    }

    [Fact]
    public void A_100_KB_query_is_cut_to_the_maximum_length_with_a_note()
    {
        var huge = string.Concat(Enumerable.Repeat("新手爸爸 夜醒 焦虑 ", 10_000));

        var result = Interpreter.Interpret(huge);

        Assert.True(result.Text.Length <= QueryInterpreter.DefaultMaxLength);
        Assert.Contains(result.Notes, n => n.Code == "truncated");
        Assert.Equal(["新手爸爸", "夜醒", "焦虑"], result.ResolvedTerms.Select(t => t.Label));
    }

    [Fact]
    public void A_pasted_brief_is_read_as_its_labels_and_one_ranked_text_part()
    {
        var brief = "本次传播面向母婴人群，聚焦新手爸爸在宝宝夜醒时的焦虑与手忙脚乱，希望用温暖真实的生活片段建立品牌信任，" + string.Join(' ', Enumerable.Range(0, 60).Select(i => "词" + i));

        var result = Interpreter.Interpret(brief);

        Assert.Contains(result.Notes, n => n.Code == "passage");
        Assert.Equal(brief, result.Parts.Single(p => p.Role == QueryPartRole.FreeText).Text);
        Assert.Contains(result.Parts, p => p.Role == QueryPartRole.Dimension && p.Terms.Any(t => t.Label == "新手爸爸"));
        Assert.Contains(result.Parts, p => p.Role == QueryPartRole.Dimension && p.Terms.Any(t => t.Label == "母婴"));
        Assert.True(result.Parts.Count <= QueryInterpreter.MaxParts);
    }

    [Theory]
    [InlineData("title:(foo AND bar)")]
    [InlineData("a*b? [1 TO 5] {x} ^2 ~0.8")]
    [InlineData("\"unclosed quote")]
    [InlineData("\\ // :: ：： --- ×× ,,, 、、")]
    [InlineData("母婴 OR 夜醒 NOT 焦虑 && || !")]
    [InlineData("😭😭😭")]
    [InlineData("\uD800\uDC00\uD800 lone surrogates \uDC00")]
    [InlineData("\u0000\u0001母婴\u007F")]
    public void Never_throws_on_syntax_characters_or_broken_text(string text)
    {
        var result = Interpreter.Interpret(text);

        Assert.NotNull(result);
        Assert.DoesNotContain('\u0000', result.Text);
    }

    [Fact]
    public void Emoji_and_mixed_scripts_do_not_hide_the_terms_around_them()
    {
        var result = Interpreter.Interpret("😭新手爸爸👶 iPhone16 618大促");

        Assert.Contains(result.ResolvedTerms, t => t.Label == "新手爸爸");
        Assert.Contains(result.ResolvedTerms, t => t.Label == "大促购物");
    }

    [Fact]
    public void Quoted_text_is_one_free_text_part()
    {
        var result = Interpreter.Interpret("“新手爸爸 夜醒” 焦虑");

        Assert.Equal(QueryPartRole.FreeText, result.Parts[0].Role);
        Assert.Equal("新手爸爸 夜醒", result.Parts[0].Text);
        Assert.Equal("焦虑", result.Parts[1].Terms.Single().Label);
    }

    [Fact]
    public void Repeated_terms_count_once()
    {
        Assert.Single(Interpreter.Interpret("新手爸爸 奶爸 宝爸").Parts);
    }

    [Fact]
    public void Dimension_filters_given_outside_the_text_become_required_parts()
    {
        var result = Interpreter.WithDimensionFilters(
            Interpreter.Interpret("夜醒"),
            [new DimensionFilter(TagDimension.Industry, "母婴"), new DimensionFilter(TagDimension.Emotion, "emotion.anxiety"), new DimensionFilter(TagDimension.Relationship, "外星人")]);

        var required = result.Parts.Where(p => p.Required).Select(p => p.Terms.Single().TermId).ToList();
        Assert.Equal(["industry.maternal-baby", "emotion.anxiety", "外星人"], required);
        Assert.Equal("unknown-term", result.Notes.Single().Code);
    }

    [Fact]
    public void Describes_itself_in_one_line()
    {
        var line = Interpreter.Interpret("母婴 哄娃 kind:video").ToString();

        Assert.Equal("母婴 → 行业:母婴 · 文本:哄娃 · kind=video", line);
    }
}
