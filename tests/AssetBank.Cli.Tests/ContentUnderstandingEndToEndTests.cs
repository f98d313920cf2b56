using System.Text.Json;

namespace AssetBank.Cli.Tests;

/// <summary>
/// The content-understanding issue's "done when" on the sample library, through <c>assetbank search --json</c> and
/// <c>tags show --json</c>: the baby TVC's shots with time codes, videos without subtitle files found by their burned-in
/// captions, posters by their slogans, channel filters on notes and comments, shot tags in their film's context; and the
/// copyright issue's altered melody alarming against its original.
/// </summary>
public sealed class ContentUnderstandingEndToEndTests(ContentUnderstandingFixture bank) : IClassFixture<ContentUnderstandingFixture>
{
    private const string BabyTvc = "sample/videos/tvc_muying_night_dad.mp4";

    /// <summary>
    /// The copyright issue's altered melody (trimmed, quieter, high-passed, 64 kbps mp3) against its original imported
    /// as a licensed music library after ingest: <c>alarms check</c> raises an audio alarm with both time ranges, and the
    /// unrelated melody none. Here, on the ingested sample library, rather than on a library of its own (generating
    /// and ingesting one takes minutes).
    /// </summary>
    [Fact]
    public async Task The_altered_melody_alarms_against_its_licensed_original_with_both_time_ranges_and_the_other_melody_does_not()
    {
        var refs = Directory.CreateTempSubdirectory("assetbank-music-refs-").FullName;
        try
        {
            File.Copy(Path.Combine(bank.Data, "store", "sample", "audio", "melody.wav"), Path.Combine(refs, "licensed_melody.wav"));
            var import = await SampleBank.Run("reference", "import", refs, "--kind", "audio", "--name", "音乐库", "--licence", "BGM 2026-03, 仅限电视", "--data", bank.Data);
            Assert.Contains("新增 1", import, StringComparison.Ordinal);
            await SampleBank.Run("alarms", "check", "--data", bank.Data);

            var list = await SampleBank.Run("alarms", "list", "--data", bank.Data);
            var altered = Assert.Single(list.Split('\n'), l => l.Contains("melody_altered.mp3", StringComparison.Ordinal));
            Assert.Contains("音频 (audio) 00:00–00:0", altered, StringComparison.Ordinal);
            Assert.Contains("↔ 参考 00:0", altered, StringComparison.Ordinal);
            Assert.DoesNotContain("other_melody", list, StringComparison.Ordinal);

            var id = System.Text.RegularExpressions.Regex.Match(altered, @"\d+").Value;
            var show = await SampleBank.Run("alarms", "show", id, "--data", bank.Data);
            Assert.Contains("音乐库/licensed_melody.wav", show, StringComparison.Ordinal);
            Assert.Contains("BGM 2026-03, 仅限电视", show, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(refs, recursive: true);
        }
    }

    [Fact]
    public async Task The_strategists_query_returns_the_baby_tvcs_shots_with_time_codes()
    {
        var hits = await Search("母婴 夜醒 焦虑 新手爸爸");

        var shots = hits.Where(h => h.Key == BabyTvc && h.Shot is not null).ToList();
        Assert.True(shots.Count >= 4, $"{shots.Count} shots of the baby TVC");
        Assert.All(shots, s => Assert.Matches(@"^\d\d:\d\d–\d\d:\d\d$", s.TimeCode));
    }

    [Theory]
    [InlineData("说走就走", "sample/videos/汽车_周末自驾_一家三口.mp4")]
    [InlineData("续航36小时", "sample/videos/tvc_shuma_unboxing_gop50.mp4")]
    public async Task A_video_without_a_subtitle_file_is_found_by_its_burned_in_captions(string caption, string key)
    {
        var hits = await Search(caption);

        Assert.Contains(hits.Take(3), h => h.Key == key);
    }

    [Theory]
    [InlineData("一抹好气色", "sample/images/originals/poster_meizhuang.png")]
    [InlineData("夜醒不慌", "sample/images/originals/poster_muying.png")]
    public async Task A_poster_is_found_by_its_slogan(string slogan, string key)
    {
        var hits = await Search(slogan, "--limit", "50");

        Assert.Contains(hits, h => h.Key == key);
    }

    [Theory]
    [InlineData("小红书", "sample/social/xhs_notes_muying.json")]
    [InlineData("抖音", "sample/social/douyin_comments_muying.csv")]
    public async Task Channel_filters_find_notes_and_comments(string channel, string key)
    {
        var hits = await Search("奶爸", "--channel", channel);

        Assert.Contains(hits, h => h.Key == key);
        Assert.All(hits, h => Assert.Equal(channel, h.Channel));
    }

    [Fact]
    public async Task Notes_carry_author_date_and_engagement_and_sort_by_engagement()
    {
        var hits = await Search("宝宝", "--channel", "小红书", "--sort", "engagement");

        var note = Assert.Single(hits, h => h.Title == "老公半夜哄娃的样子，我偷拍下来了");
        Assert.False(string.IsNullOrEmpty(note.Author));
        Assert.StartsWith("2024-", note.Created, StringComparison.Ordinal);
        var engagement = hits.Select(h => h.Engagement ?? long.MinValue).ToList();
        Assert.Equal(engagement.OrderDescending(), engagement);
    }

    [Fact]
    public async Task A_douyin_meme_is_found_with_how_many_repeat_it()
    {
        var hits = await Search("眼神里全是故事", "--channel", "抖音");

        Assert.Contains(hits, h => h.Title?.StartsWith("热梗 ×", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_phone_shot_of_the_baby_tvc_is_tagged_for_baby_care_with_evidence_and_time_codes()
    {
        var output = await SampleBank.Run("tags", "show", BabyTvc, "--json", "--data", bank.Data);
        using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var phoneShot = items.Single(i => i.GetProperty("item").GetString()!.EndsWith("#shot2", StringComparison.Ordinal));

        var industries = phoneShot.GetProperty("tags").EnumerateArray().Where(t => t.GetProperty("dimension").GetString() == "industry").ToList();
        Assert.Equal("母婴", industries[0].GetProperty("label").GetString());
        Assert.True(phoneShot.TryGetProperty("start", out _));
        var evidence = industries[0].GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence.Where(e => e.GetProperty("shot").ValueKind == JsonValueKind.String), e => Assert.True(e.TryGetProperty("start", out _)));
    }

    private async Task<List<Hit>> Search(string query, params string[] options)
    {
        var output = await SampleBank.Run(["search", query, "--json", "--data", bank.Data, .. options]);
        using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => new Hit(
            h.GetProperty("key").GetString(),
            h.GetProperty("title").GetString(),
            h.GetProperty("channel").GetString(),
            h.GetProperty("shot").ValueKind == JsonValueKind.Number ? h.GetProperty("shot").GetInt32() : null,
            h.GetProperty("timeCode").GetString(),
            h.GetProperty("author").GetString(),
            h.GetProperty("created").GetString(),
            h.GetProperty("engagement").ValueKind == JsonValueKind.Number ? h.GetProperty("engagement").GetInt64() : null)).ToList();
    }

    private sealed record Hit(string? Key, string? Title, string? Channel, int? Shot, string? TimeCode, string? Author, string? Created, long? Engagement);
}
