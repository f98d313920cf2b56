using System.Text;
using AssetBank.Media.Subtitles;

namespace AssetBank.Media.Tests;

public sealed class SubtitleTests
{
    [Fact]
    public void Parses_srt_cues_with_styling_removed_and_line_breaks_kept()
    {
        const string srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>新手爸爸</i> {\\an8}夜醒\r\n第二行\r\n\r\n2\r\n00:00:03.000 --> 00:00:04,000 X1:10 X2:20\r\n<font color=\"#ff0000\">Second</font> &amp; more\r\n";

        var cues = SrtParser.Parse(srt);

        Assert.Equal(2, cues.Count);
        Assert.Equal(new SubtitleCue(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5), "新手爸爸 夜醒\n第二行"), cues[0]);
        Assert.Equal("Second & more", cues[1].Text);
        Assert.Equal(TimeSpan.FromSeconds(3), cues[1].Start);
    }

    [Fact]
    public void Parses_srt_whose_cues_lack_the_blank_line_between_them()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,000\nfirst\n2\n00:00:02,000 --> 00:00:03,000\nsecond\n";

        var cues = SrtParser.Parse(srt);

        Assert.Equal(["first", "second"], cues.Select(c => c.Text));
    }

    [Fact]
    public void Skips_srt_cues_with_broken_times_or_no_text()
    {
        const string srt = "1\n00:00:05,000 --> 00:00:04,000\nbackwards\n\n2\n00:00:06,000 --> 00:00:07,000\n\n3\n00:00:08,000 --> 00:00:09,000\nkept\n";

        Assert.Equal(["kept"], SrtParser.Parse(srt).Select(c => c.Text));
    }

    [Fact]
    public void Parses_ass_dialogue_through_its_format_line()
    {
        const string ass = """
            [Script Info]
            Title: test

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
            Comment: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,not shown
            Dialogue: 0,0:00:01.50,0:00:03.25,Default,,0,0,0,,{\b1}宝宝{\b0} 又醒了\N怎么办, 真的
            Dialogue: 0,0:00:00.50,0:00:01.00,Default,,0,0,0,,earlier
            """;

        var cues = AssParser.Parse(ass);

        Assert.Equal(2, cues.Count);
        Assert.Equal("earlier", cues[0].Text);
        Assert.Equal(new SubtitleCue(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3.25), "宝宝 又醒了\n怎么办, 真的"), cues[1]);
    }

    [Fact]
    public void Decodes_gbk_subtitles_without_a_bom()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("1\n00:00:01,000 --> 00:00:02,000\n新手爸爸的焦虑\n");

        var cues = SubtitleReader.Read(bytes, "film.srt");

        Assert.Equal("新手爸爸的焦虑", Assert.Single(cues).Text);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8")]
    public void Decodes_unicode_subtitles_by_bom_or_validity(string encoding)
    {
        const string text = "1\n00:00:01,000 --> 00:00:02,000\n夜醒 night\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        Assert.Equal("夜醒 night", Assert.Single(SubtitleReader.Read(bytes)).Text);
    }

    [Fact]
    public void Assigns_cues_to_the_shots_they_overlap_and_ignores_slivers()
    {
        (TimeSpan, TimeSpan)[] shots =
        [
            (TimeSpan.Zero, TimeSpan.FromSeconds(2)),
            (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)),
            (TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6)),
        ];
        SubtitleCue[] cues =
        [
            new(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5), "one"),
            new(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3.0), "spans the cut"),
            new(TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(4.05), "ends just after a cut"),
            new(TimeSpan.FromSeconds(5.0), TimeSpan.FromSeconds(5.1), "short"),
            new(TimeSpan.FromSeconds(5.2), TimeSpan.FromSeconds(5.9), "short"),
        ];

        var texts = SubtitleAssigner.Assign(shots, cues);

        Assert.Equal("one\nspans the cut", texts[0]);
        Assert.Equal("spans the cut\nends just after a cut", texts[1]);
        Assert.Equal("short", texts[2]);
    }

    [Fact]
    public void Shots_without_cues_get_no_text()
    {
        var texts = SubtitleAssigner.Assign([(TimeSpan.Zero, TimeSpan.FromSeconds(1))], []);

        Assert.Null(Assert.Single(texts));
    }
}
