using System.Text.Json.Nodes;

namespace AssetBank.Cli.Tests;

public sealed class SearchCommandTests(ImportedLibrary library) : IClassFixture<ImportedLibrary>
{
    public static TheoryData<string> BadInput => new()
    {
        string.Empty,
        "！！？。，、",
        "\" ( ) : * ? ~ ^ \\",
        new string('口', 10_000),
        "口红 😀🎉 lipstick 闺蜜 ᠮᠣᠩᠭᠣᠯ",
        "\"闺蜜 口红",
        "title:(foo AND bar) [1 TO 5]",
        "- + -- ++",
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_json_answer_not_an_exception(string text)
    {
        var json = await SearchAsync(text);

        Assert.NotNull(json["total"]);
        Assert.NotNull(json["hits"]);
    }

    [Fact]
    public async Task Every_imported_hit_keeps_its_external_id()
    {
        var json = await SearchAsync("口红");

        Assert.NotEmpty(Hits(json));
        Assert.All(Hits(json), h => Assert.False(string.IsNullOrEmpty((string?)h["externalId"])));
    }

    [Fact]
    public async Task Imported_items_are_filed_as_what_they_are_and_an_unknown_kind_as_copy_with_a_warning()
    {
        var note = Hits(await SearchAsync("闺蜜 试色")).First();
        var kol = Hits(await SearchAsync("奶爸阿杰")).First();
        var shot = Hits(await SearchAsync("凌晨三点 爸爸")).First();
        var mystery = Hits(await SearchAsync("来源不明")).First();

        Assert.Equal(("social", "小红书笔记"), ((string?)note["kind"], (string?)note["group"]));
        Assert.Equal("kol-list", (string?)kol["kind"]);
        Assert.Equal(("copy", "TVC"), ((string?)shot["kind"], (string?)shot["channel"]));
        Assert.Equal("copy", (string?)mystery["kind"]);
        Assert.Contains("mystery-1", library.ImportError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("视频")]
    [InlineData("舆情数据")]
    [InlineData("social")]
    [InlineData("KOL名单")]
    public async Task Kinds_are_accepted_by_their_Chinese_names(string kind)
    {
        var (code, _, error) = await CliProcess.RunAsync("search", "--data", library.Data, "--json", "--kind", kind, "口红");

        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("--kind", "vid", "video(视频")]
    [InlineData("--kind", "视屏", "image(图片")]
    [InlineData("--channel", "小黄书", "小红书(")]
    public async Task Unknown_kinds_and_channels_are_rejected_with_the_valid_ones(string option, string value, string listed)
    {
        var (code, _, error) = await CliProcess.RunAsync("search", "--data", library.Data, "--json", option, value, "口红");

        Assert.NotEqual(0, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.Contains(listed, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_alias_filters_like_its_name()
    {
        var byAlias = Hits(await SearchAsync("口红", "--channel", "xhs"));

        Assert.Equal(["xhs-001", "xhs-002"], byAlias.Select(h => (string?)h["externalId"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Traditional_exclusion_and_required_words_work_from_the_command_line()
    {
        var traditional = Hits(await SearchAsync("閨蜜 口紅 試色"));
        var excluded = Hits(await SearchAsync("口红 -闺蜜"));
        var required = Hits(await SearchAsync("口红 +闺蜜"));

        Assert.Equal("xhs-001", (string?)traditional[0]["externalId"]);
        Assert.DoesNotContain(excluded, h => (string?)h["externalId"] == "xhs-001");
        Assert.Equal(["xhs-001"], required.Select(h => (string?)h["externalId"]));
    }

    [Fact]
    public async Task A_query_that_finds_nothing_says_which_part_and_suggests_a_nearer_one()
    {
        var json = await SearchAsync("口红 +火箭发射");

        Assert.Equal(0, (int)json["total"]!);
        Assert.Contains(json["notes"]!.AsArray(), n => (string?)n!["code"] == "no-match");
        Assert.Contains(json["suggestions"]!.AsArray(), s => (string?)s == "口红");
    }

    private async Task<JsonObject> SearchAsync(string text, params string[] options)
    {
        var (code, output, error) = await CliProcess.RunAsync(["search", "--data", library.Data, "--json", .. options, text]);
        Assert.True(code == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    private static List<JsonNode> Hits(JsonObject json) => json["hits"]!.AsArray().Select(h => h!).ToList();
}
