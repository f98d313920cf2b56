using AssetBank.Core.Search;

namespace AssetBank.Search.Tests;

public sealed class SearchTypesTests
{
    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(4.5, "00:04")]
    [InlineData(83.9, "01:23")]
    [InlineData(3725, "1:02:05")]
    [InlineData(-3, "00:00")]
    [InlineData(double.NaN, "00:00")]
    public void Time_codes_read_like_an_editors(double seconds, string expected)
    {
        Assert.Equal(expected, TimeCodes.Format(seconds));
    }

    [Fact]
    public void A_time_code_range_needs_a_start_and_shows_the_end_when_there_is_one()
    {
        Assert.Equal("00:12–00:15", TimeCodes.Range(12, 15.4));
        Assert.Equal("00:12", TimeCodes.Range(12, null));
        Assert.Null(TimeCodes.Range(null, 15));
    }

    [Theory]
    [InlineData("xhs", "小红书")]
    [InlineData("ＸＨＳ", "小红书")]
    [InlineData(" Douyin ", "抖音")]
    [InlineData("tvc", "TVC")]
    [InlineData("B站", "B站")]
    [InlineData("信息流", "信息流")]
    [InlineData("  ", null)]
    public void Channels_have_one_spelling(string channel, string? expected)
    {
        Assert.Equal(expected, SearchChannels.Normalize(channel));
    }

    [Theory]
    [InlineData("video", "TVC", "TVC")]
    [InlineData("video", "抖音", "抖音视频")]
    [InlineData("social", "xhs", "小红书笔记")]
    [InlineData("social", "抖音", "抖音热梗")]
    [InlineData("social", null, "舆情数据")]
    [InlineData("image", "平面", "图片")]
    [InlineData("image", null, "图片")]
    [InlineData("copy", null, "文案")]
    [InlineData("copy", "文案", "文案")]
    [InlineData("copy", "微信", "微信文案")]
    [InlineData("kol-list", null, "KOL名单")]
    [InlineData("kol-list", "KOL名单", "KOL名单")]
    [InlineData("kol-list", "小红书", "小红书KOL名单")]
    public void Groups_are_labelled_the_way_strategists_say_them(string kind, string? channel, string expected)
    {
        Assert.Equal(expected, SearchGroupLabels.Label(kind, channel));
    }

    [Theory]
    [InlineData("视频", "video")]
    [InlineData("图片", "image")]
    [InlineData("平面", "image")]
    [InlineData("KOL名单", "kol-list")]
    [InlineData("舆情数据", "social")]
    [InlineData(" video ", "video")]
    public void Kinds_accept_their_Chinese_names_and_aliases(string typed, string wire)
    {
        Assert.True(SearchKinds.TryNormalize(typed, out var normalized));
        Assert.Equal(wire, normalized);
    }

    [Theory]
    [InlineData("vid")]
    [InlineData("视屏")]
    [InlineData("")]
    public void Unknown_kinds_are_not_guessed(string typed)
    {
        Assert.False(SearchKinds.TryNormalize(typed, out _));
        Assert.Contains("video(视频", SearchKinds.Valid, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_renders_its_highlights_with_any_markers()
    {
        var snippet = new SearchSnippet("body", "…我这个新手爸爸也很焦虑…", [new SnippetHighlight(4, 4), new SnippetHighlight(10, 2)]);

        Assert.Equal("…我这个<em>新手爸爸</em>也很<em>焦虑</em>…", snippet.Render());
        Assert.Equal("…我这个[新手爸爸]也很[焦虑]…", snippet.Render("[", "]"));
    }

    [Fact]
    public void Document_ids_follow_the_asset_and_shot_forms()
    {
        var shot = SearchDocument.ForShot(42, 3, 1.5, 4);

        Assert.Equal("shot:42:3", shot.Id);
        Assert.Equal(42, shot.ParentAssetId);
        Assert.Equal("asset:42", SearchDocument.ForAsset(42, "video").Id);
        Assert.Null(SearchDocument.ForAsset(42, "video").ParentAssetId);
    }
}
