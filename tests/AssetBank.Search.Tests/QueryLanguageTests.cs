using AssetBank.Core.Search;

namespace AssetBank.Search.Tests;

public sealed class QueryLanguageTests
{
    private static readonly SearchDocument[] Documents =
    [
        SearchDocument.ForAsset(1, "social") with { Title = "闺蜜口红试色", Body = "和闺蜜一起试色三支口红，黄皮也能涂的豆沙色。" },
        SearchDocument.ForAsset(2, "social") with { Title = "口红推荐", Body = "秋冬口红推荐，显白不挑皮，学生党平价。" },
        SearchDocument.ForAsset(3, "copy") with { Title = "奶粉文案", Body = "半夜冲奶粉的爸爸，是家里最温柔的人。" },
        SearchDocument.ForAsset(4, "copy") with { Key = "thread.csv", Body = "评论区：这个奶瓶真的防胀气吗？楼主回复：用了一个月宝宝不吐奶了，推荐给新手爸妈。" },
        SearchDocument.ForAsset(5, "copy") with { Key = "thread.json", Body = "评论区：这个奶瓶真的防胀气吗？楼主回复：用了一个月宝宝不吐奶了，推荐给新手爸妈。" },
    ];

    [Fact]
    public async Task Traditional_chinese_finds_simplified_items()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For("閨蜜 口紅 試色"));

        Assert.Equal("asset:1", results.Hits[0].Id);
    }

    [Fact]
    public async Task Partial_matches_are_listed_below_full_ones()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For("闺蜜 口红"));

        Assert.Equal(["asset:1", "asset:2"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_piece_that_resolves_into_several_parts_weighs_as_one_part_of_the_query()
    {
        using var temp = await TempIndex.CreateAsync(
        [
            SearchDocument.ForAsset(1, "social") with { Body = "母婴店里，夜醒的宝宝。" },
            SearchDocument.ForAsset(2, "social") with { Body = "夜醒的时候，情侣一起起来。" },
            SearchDocument.ForAsset(3, "social") with { Body = "母婴和情侣，两个不相干的话题。" },
        ]);

        // 母婴夜醒 is one piece (母婴 · 夜醒): the items saying both pieces (2: 夜醒 + 情侣, 3: 母婴 + 情侣) rank above
        // the one saying all of the first piece only. 2 and 3 match symmetrically, so their order is not asserted.
        var results = await temp.Index.SearchAsync(SearchQuery.For("母婴夜醒 情侣"));

        Assert.Equal(["asset:2", "asset:3"], results.Hits.Take(2).Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal("asset:1", results.Hits[2].Id);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("\" ( ) : * ? ~ ^ \\")]
    [InlineData("，。、")]
    public async Task A_query_of_punctuation_alone_lists_everything_and_says_why(string text)
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For(text));

        Assert.Equal(Documents.Length - 1, results.Hits.Count); // the csv and json of one thread are one result
        Assert.Contains(results.Interpretation.Notes, n => n.Code == "nothing-searchable");
    }

    [Fact]
    public async Task A_part_that_matches_nothing_is_named_even_when_the_other_parts_find_items()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For("龙猫火箭筒 口红"));

        Assert.Contains(results.Hits, h => h.Id == "asset:2");
        Assert.Contains(results.Interpretation.Notes, n => n.Code == "no-match" && n.Message.Contains("龙猫火箭筒", StringComparison.Ordinal));
        Assert.Equal(["口红"], results.Suggestions);
    }

    [Fact]
    public async Task A_minus_word_excludes_and_a_plus_word_is_required()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var excluded = await temp.Index.SearchAsync(SearchQuery.For("口红 -闺蜜"));
        var required = await temp.Index.SearchAsync(SearchQuery.For("口红 +闺蜜"));
        var quoted = await temp.Index.SearchAsync(SearchQuery.For("口红 \"豆沙色\""));

        Assert.Equal(["asset:2"], excluded.Hits.Select(h => h.Id));
        Assert.Equal(["asset:1"], required.Hits.Select(h => h.Id));
        Assert.Equal(["asset:1"], quoted.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task The_same_text_in_two_files_is_one_result_with_the_other_form_listed()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For("奶瓶 防胀气"));

        var hit = results.Hits[0];
        Assert.Single(hit.OtherForms);
        Assert.DoesNotContain(results.Hits.Skip(1), h => h.Key is "thread.csv" or "thread.json");
        Assert.Equal(["thread.csv", "thread.json"], new[] { hit.Key, hit.OtherForms[0].Key }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Other_forms_name_each_file_once_and_never_the_results_own_file()
    {
        const string row = "奶爸阿杰，抖音母婴达人，粉丝五百万，擅长新手爸爸夜里带娃的真实记录。";
        const string other = "开箱狂魔，抖音数码达人，粉丝六十六万，擅长手机耳机的开箱测评视频。";
        SearchDocument Item(long asset, string key, string item, string body) =>
            new() { Id = $"item:{asset}:{item}", AssetId = asset, Kind = "kol-list", Key = key, Body = body };
        using var temp = await TempIndex.CreateAsync(
        [
            SearchDocument.ForAsset(1, "kol-list") with { Key = "kol.csv", Body = row + "\n" + other },
            Item(1, "kol.csv", "r1", row),
            Item(1, "kol.csv", "r2", other),
            SearchDocument.ForAsset(2, "kol-list") with { Key = "kol.xlsx", Body = row + "\n" + other },
            Item(2, "kol.xlsx", "r1", row),
            Item(2, "kol.xlsx", "r2", other),
        ]);

        var results = await temp.Index.SearchAsync(SearchQuery.For("奶爸阿杰"));

        var hit = results.Hits[0];
        var keys = hit.OtherForms.Select(f => f.Key).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.DoesNotContain(hit.Key, keys);
        Assert.Single(keys);
    }

    [Fact]
    public async Task A_subtitle_file_beside_its_video_is_not_listed_on_its_own()
    {
        var subtitles = "第一次当爸爸，凌晨三点抱着宝宝在客厅踱步，夜再长也有人陪你。";
        using var temp = await TempIndex.CreateAsync(
        [
            SearchDocument.ForAsset(10, "video") with { Key = "tvc/night.mp4", Title = "夜里", Subtitles = subtitles, Sidecars = ["tvc/night.srt"] },
            SearchDocument.ForAsset(11, "copy") with { Key = "tvc/night.srt", Title = "night", Body = subtitles },
            SearchDocument.ForAsset(12, "copy") with { Key = "scripts/other.srt", Title = "other", Body = "凌晨三点的客厅，另一部片子的字幕。" },
        ]);

        var results = await temp.Index.SearchAsync(SearchQuery.For("凌晨三点 客厅"));

        Assert.Contains(results.Hits, h => h.Key == "tvc/night.mp4");
        Assert.Contains(results.Hits, h => h.Key == "scripts/other.srt");
        Assert.DoesNotContain(results.Hits, h => h.Key == "tvc/night.srt");
        Assert.DoesNotContain(results.Hits.SelectMany(h => h.OtherForms), f => f.Key == "tvc/night.srt");
    }

    [Fact]
    public async Task A_pasted_brief_is_never_answered_with_nothing()
    {
        using var temp = await TempIndex.CreateAsync(Documents);
        var brief = string.Concat(Enumerable.Repeat("本次秋冬新品上市，希望找到年轻女生和闺蜜之间分享彩妆的真实瞬间，语气轻松，不要硬广。", 50));

        var results = await temp.Index.SearchAsync(SearchQuery.For(brief));

        Assert.True(brief.Length >= 2000);
        Assert.Equal("asset:1", results.Hits[0].Id);
        Assert.Contains(results.Interpretation.Notes, n => n.Code == "passage");
    }

    [Fact]
    public async Task A_part_that_matches_nothing_is_named_and_a_nearer_query_offered()
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For("口红 +火箭发射"));

        Assert.Empty(results.Hits);
        Assert.Contains(results.Interpretation.Notes, n => n.Code == "no-match" && n.Message.Contains("火箭发射", StringComparison.Ordinal));
        Assert.Contains("口红", results.Suggestions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("！！？。，")]
    [InlineData("\" ( ) : * ? ~ ^ \\")]
    [InlineData("\"口红")]
    [InlineData("口红 😀🎉 lipstick 闺蜜")]
    [InlineData("- + -- ++ -\"\"")]
    public async Task Bad_input_answers_without_throwing(string text)
    {
        using var temp = await TempIndex.CreateAsync(Documents);

        var results = await temp.Index.SearchAsync(SearchQuery.For(text));

        Assert.NotNull(results);
    }
}
