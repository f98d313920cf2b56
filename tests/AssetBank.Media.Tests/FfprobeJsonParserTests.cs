using AssetBank.Core.Media;
using AssetBank.Media.Probing;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class FfprobeJsonParserTests
{
    [Fact]
    public void Reads_container_duration_and_streams_of_an_h264_aac_mp4()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_720p_h264_aac.json"));

        Assert.Equal("mov,mp4,m4a,3gp,3g2,mj2", probe.Container);
        Assert.Equal(TimeSpan.FromSeconds(60), probe.Duration);
        Assert.Equal(2, probe.Streams.Count);
        var video = Assert.IsType<MediaStreamInfo>(probe.PrimaryVideo);
        Assert.Equal("h264", video.Codec);
        Assert.Equal((1280, 720), (video.Width, video.Height));
        Assert.Equal(25.0, video.FrameRate);
        Assert.Equal(0, video.Rotation);
        Assert.Equal(1500, video.FrameCount);
        Assert.Equal("yuv420p", video.PixelFormat);
        var audio = Assert.IsType<MediaStreamInfo>(probe.PrimaryAudio);
        Assert.Equal("aac", audio.Codec);
        Assert.Equal(48000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Null(probe.CreationTime);
    }

    [Fact]
    public void Reads_rotation_from_the_display_matrix_as_clockwise_degrees_and_swaps_display_size()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_phone_rotated.json"));

        var video = Assert.IsType<MediaStreamInfo>(probe.PrimaryVideo);
        // ffprobe's side data says rotation 90 (counter-clockwise): the picture is turned 270° clockwise for display.
        Assert.Equal(270, video.Rotation);
        Assert.Equal((320, 180), (video.Width, video.Height));
        Assert.Equal((180, 320), (video.DisplayWidth, video.DisplayHeight));
    }

    [Fact]
    public void Reads_fractional_frame_rates_such_as_ntsc()
    {
        var video = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_phone_rotated.json")).PrimaryVideo!;

        Assert.Equal(29.97, video.FrameRate!.Value, 2);
    }

    [Fact]
    public void Reads_the_container_creation_time_as_utc()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_phone_rotated.json"));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero), probe.CreationTime);
    }

    [Fact]
    public void Falls_back_to_a_stream_creation_time_when_the_container_has_none()
    {
        var json = """
            {"streams":[{"index":0,"codec_type":"audio","codec_name":"aac"},
                        {"index":1,"codec_type":"video","codec_name":"h264","tags":{"creation_time":"2019-12-31T23:59:58+08:00"}}],
             "format":{"format_name":"mov","tags":{"encoder":"x"}}}
            """;

        Assert.Equal(new DateTimeOffset(2019, 12, 31, 15, 59, 58, TimeSpan.Zero), FfprobeJsonParser.Parse(json).CreationTime);
    }

    [Fact]
    public void Lists_subtitle_streams_with_codec_and_language()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_phone_rotated.json"));

        var subtitle = Assert.Single(probe.SubtitleStreams);
        Assert.Equal("mov_text", subtitle.Codec);
        Assert.Equal("chi", subtitle.Language);
        Assert.Equal(2, subtitle.Index);
    }

    [Fact]
    public void Reads_matroska_stream_durations_from_their_nanosecond_tags()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_mkv_subtitles.json"));

        Assert.Equal("matroska,webm", probe.Container);
        Assert.Equal(TimeSpan.FromSeconds(3.023), probe.PrimaryVideo!.Duration);
        Assert.Equal("ass", Assert.Single(probe.SubtitleStreams).Codec);
    }

    [Fact]
    public void Does_not_take_mp3_cover_art_for_video()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_mp3_cover.json"));

        Assert.Equal("mp3", probe.Container);
        Assert.Null(probe.PrimaryVideo);
        Assert.Contains(probe.Streams, s => s.Kind == MediaStreamKind.Video && s.IsAttachedPicture);
        Assert.Equal("mp3", probe.PrimaryAudio!.Codec);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("-90", 270)]
    [InlineData("180", 180)]
    [InlineData("272", 270)]
    public void Reads_the_legacy_rotate_tag_as_clockwise_degrees(string tag, int expected)
    {
        var json = $$$"""
            {"streams":[{"index":0,"codec_type":"video","codec_name":"h264","width":1920,"height":1080,
              "avg_frame_rate":"30/1","tags":{"rotate":"{{{tag}}}"}}],
             "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"1.5"}}
            """;

        Assert.Equal(expected, FfprobeJsonParser.Parse(json).PrimaryVideo!.Rotation);
    }

    [Fact]
    public void Ignores_epoch_creation_times_written_by_cameras_without_a_clock()
    {
        var json = """{"streams":[],"format":{"format_name":"mov","tags":{"creation_time":"1970-01-01T00:00:00.000000Z"}}}""";

        Assert.Null(FfprobeJsonParser.Parse(json).CreationTime);
    }

    [Fact]
    public void Prefers_the_average_frame_rate_over_a_timebase_sized_real_frame_rate()
    {
        var json = """{"streams":[{"index":0,"codec_type":"video","codec_name":"hevc","r_frame_rate":"90000/1","avg_frame_rate":"2997/100"}],"format":{"format_name":"mov"}}""";

        Assert.Equal(29.97, FfprobeJsonParser.Parse(json).PrimaryVideo!.FrameRate!.Value, 2);
    }

    [Theory]
    [InlineData("30000/1001", 29.97)]
    [InlineData("25/1", 25.0)]
    [InlineData("24", 24.0)]
    public void Parses_rationals(string text, double expected) =>
        Assert.Equal(expected, FfprobeJsonParser.ParseRational(text)!.Value, 2);

    [Theory]
    [InlineData("0/0")]
    [InlineData("1/0")]
    [InlineData("")]
    [InlineData("abc")]
    public void Rejects_meaningless_rationals(string text) => Assert.Null(FfprobeJsonParser.ParseRational(text));

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"streams\":[]}")]
    [InlineData("[]")]
    public void Throws_format_exception_on_output_that_is_not_ffprobe_json(string text) =>
        Assert.Throws<FormatException>(() => FfprobeJsonParser.Parse(text));

    [Fact]
    public void Keeps_absurd_dimensions_out_of_int_range_as_unknown()
    {
        var json = """{"streams":[{"index":0,"codec_type":"video","codec_name":"h264","width":99999999999,"height":-1}],"format":{"format_name":"mov"}}""";

        var video = FfprobeJsonParser.Parse(json).PrimaryVideo!;
        Assert.Null(video.Width);
        Assert.Equal(-1, video.Height);
    }
}
