using AssetBank.Media.Audio;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class LoudnessParserTests
{
    [Fact]
    public void Reads_integrated_loudness_range_and_true_peak_from_the_ebur128_summary()
    {
        var loudness = LoudnessParser.Parse(FixtureFiles.Read("ffmpeg_ebur128_tone.txt"));

        Assert.NotNull(loudness);
        Assert.Equal(-33.1, loudness.IntegratedLufs, 1);
        Assert.Equal(20.0, loudness.LoudnessRangeLu!.Value, 1);
        Assert.Equal(-30.1, loudness.TruePeakDbtp!.Value, 1);
    }

    [Fact]
    public void Reads_silence_as_minus_70_lufs_without_a_peak()
    {
        var loudness = LoudnessParser.Parse(FixtureFiles.Read("ffmpeg_ebur128_silence.txt"));

        Assert.NotNull(loudness);
        Assert.Equal(-70.0, loudness.IntegratedLufs);
        Assert.Null(loudness.TruePeakDbtp);
    }

    [Fact]
    public void Reads_the_loudnorm_json_block()
    {
        var loudness = LoudnessParser.Parse(FixtureFiles.Read("ffmpeg_loudnorm_tone.txt"));

        Assert.NotNull(loudness);
        Assert.Equal(-33.15, loudness.IntegratedLufs, 2);
        Assert.Equal(-30.10, loudness.TruePeakDbtp!.Value, 2);
        Assert.Equal(0.0, loudness.LoudnessRangeLu!.Value, 2);
    }

    [Fact]
    public void Both_filters_agree_on_the_same_tone()
    {
        var ebur = LoudnessParser.Parse(FixtureFiles.Read("ffmpeg_ebur128_tone.txt"))!;
        var loudnorm = LoudnessParser.Parse(FixtureFiles.Read("ffmpeg_loudnorm_tone.txt"))!;

        Assert.Equal(ebur.IntegratedLufs, loudnorm.IntegratedLufs, 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[Parsed_ebur128_0 @ 0x1] t: 0.1 TARGET:-23 LUFS M: -120.7 S: -120.7 I: -70.0 LUFS")]
    [InlineData("Summary:\n  Integrated loudness:\n    I: garbage")]
    public void Returns_null_when_there_is_no_summary(string log) => Assert.Null(LoudnessParser.Parse(log));
}
