using AssetBank.Core.Text;
using AssetBank.Core.Media;
using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class OcrLineMergerTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Readings_of_one_caption_become_one_line_with_the_most_confident_text_and_the_whole_time_range()
    {
        var readings = new[]
        {
            new OcrReading(S(1.0), S(1.5), "凌晨三点宝宝又醒", 0.70, 600),
            new OcrReading(S(1.5), S(2.5), "凌晨三点宝宝又醒了", 0.92, 600),
            new OcrReading(S(2.5), S(3.0), "凌晨三点宝宝又醍了", 0.80, 602),
        };

        var lines = OcrLineMerger.Merge(readings, S(0.5));

        var line = Assert.Single(lines);
        Assert.Equal("凌晨三点宝宝又醒了", line.Text);
        Assert.Equal(S(1.0), line.Start);
        Assert.Equal(S(3.0), line.End);
        Assert.Equal(0.807, line.Confidence, 3);
    }

    [Fact]
    public void Different_captions_and_a_caption_shown_again_later_stay_separate_lines()
    {
        var readings = new[]
        {
            new OcrReading(S(0), S(2), "别慌我们一起来", 0.9, 600),
            new OcrReading(S(2), S(4), "妈妈的手也会累", 0.9, 600),
            new OcrReading(S(10), S(12), "别慌我们一起来", 0.9, 600),
        };

        var lines = OcrLineMerger.Merge(readings, S(0.5));

        Assert.Equal(["别慌我们一起来", "妈妈的手也会累", "别慌我们一起来"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Lines_are_assigned_to_every_shot_they_are_seen_in()
    {
        var lines = new[] { new OcrLine("甲乙", S(1), S(3), 0.9), new OcrLine("丙丁", S(5), S(6), 0.9) };
        var shots = new[] { (S(0), S(2)), (S(2), S(4)), (S(4), S(8)), (S(8), S(9)) };

        var assigned = VideoTextReader.AssignToShots(shots, lines);

        Assert.Equal(["甲乙"], assigned[0]!.Select(l => l.Text));
        Assert.Equal(["甲乙"], assigned[1]!.Select(l => l.Text));
        Assert.Equal(["丙丁"], assigned[2]!.Select(l => l.Text));
        Assert.Null(assigned[3]);
    }

    [Fact]
    public void Similarity_is_one_minus_the_edit_distance_over_the_longer_line()
    {
        Assert.Equal(1.0, OcrLineMerger.Similarity("新手爸爸", "新手爸爸"));
        Assert.Equal(0.75, OcrLineMerger.Similarity("新手爸爸", "新手爸"));
        Assert.Equal(2, EditDistance.Between("夜醒焦虑", "夜里焦急"));
    }
}
