using AssetBank.Media.Ocr;
using AssetBank.Media.Processes;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

/// <summary>Real ffmpeg and tesseract (chi_sim) on synthesised media; a missing tool fails these tests.</summary>
[Collection(MediaTestGroup.Name)]
public sealed class OcrIntegrationTests
{
    private const string Font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    private static readonly ProcessRunner Runner = new(2);

    private static string DrawText(string file, string text, string colour, string y, double from, double to, string extra = "borderw=2:bordercolor=black")
    {
        File.WriteAllText(file, text);
        return $"drawtext=fontfile={Font}:textfile={file}:fontsize=40:fontcolor={colour}:{extra}:x=(w-tw)/2:y={y}:enable='between(t,{from},{to})'";
    }

    [Fact]
    public async Task Reads_captions_at_the_bottom_and_dark_text_at_the_top_with_their_time_ranges()
    {
        using var folder = new TempFolder();
        var video = folder.File("captions.mp4");
        var filter = "color=c=0x304050:size=960x540:rate=25,drawbox=x=0:y=0:w=960:h=120:color=0xf0f0f0:t=fill,"
            + DrawText(folder.File("a.txt"), "新手爸爸第一次冲奶粉", "white", "h-th-40", 0, 3) + ","
            + DrawText(folder.File("b.txt"), "宝宝睡得香全家都安心", "white", "h-th-40", 3.5, 6) + ","
            + DrawText(folder.File("c.txt"), "限时优惠仅此一天", "0x202020", "35", 0, 6, "borderw=0");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", filter, "-t", "6", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", video);

        var result = await new VideoTextReader(Runner, new MediaOptions(), ChineseDictionaryOcrLexicon.Default)
            .ReadAsync(video, 0, 6, folder.File("work"), CancellationToken.None);

        Assert.Empty(result.Warnings);
        var first = Assert.Single(result.Lines, l => l.Text == "新手爸爸第一次冲奶粉");
        Assert.InRange(first.Start.TotalSeconds, 0, 0.6);
        Assert.InRange(first.End.TotalSeconds, 2.8, 3.8);
        var second = Assert.Single(result.Lines, l => l.Text == "宝宝睡得香全家都安心");
        Assert.InRange(second.Start.TotalSeconds, 3.4, 4.1);
        var top = Assert.Single(result.Lines, l => l.Text == "限时优惠仅此一天");
        Assert.InRange(top.End.TotalSeconds, 5.5, 6.0);
        Assert.Equal(3, result.Lines.Count);
    }

    [Fact]
    public async Task Blank_noisy_and_latin_only_videos_yield_no_text()
    {
        using var folder = new TempFolder();
        var video = folder.File("noise.mp4");
        var filter = "color=c=black:size=640x360:rate=10,noise=alls=60:allf=t,"
            + DrawText(folder.File("en.txt"), "SUMMER SALE 50% OFF", "white", "h-th-30", 2, 4)
            + ",drawbox=x=0:y=0:w=640:h=360:color=black:t=fill:enable='between(t,4,6)'";
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", filter, "-t", "6", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", video);

        var result = await new VideoTextReader(Runner, new MediaOptions(), ChineseDictionaryOcrLexicon.Default)
            .ReadAsync(video, 0, 6, folder.File("work"), CancellationToken.None);

        Assert.Empty(result.Lines);
    }

    [Fact]
    public async Task Reads_the_slogan_of_a_poster()
    {
        using var folder = new TempFolder();
        var poster = folder.File("poster.png");
        var filter = "color=c=0xfaf6ee:size=800x1100,"
            + DrawText(folder.File("s.txt"), "给宝宝最温柔的守护", "0x8B1A1A", "300", 0, 10, "borderw=0") + ","
            + DrawText(folder.File("t.txt"), "三十年只做一件事", "0x202020", "900", 0, 10, "borderw=0");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", filter, "-frames:v", "1", poster);

        var result = await new ImageTextReader(Runner, new OcrOptions(), ChineseDictionaryOcrLexicon.Default)
            .ReadAsync(poster, folder.File("work"), CancellationToken.None);

        Assert.Equal(["给宝宝最温柔的守护", "三十年只做一件事"], result.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Frame_sampling_is_capped_for_long_videos_and_uses_separate_arguments()
    {
        var options = new MediaOptions();
        Assert.Equal(2.0, VideoTextReader.SamplingRate(options.Ocr, 60));
        Assert.Equal(options.Ocr.MaxFramesPerVideo / 7200.0, VideoTextReader.SamplingRate(options.Ocr, 7200), 6);

        var args = VideoTextReader.BuildFrameArguments("/v/a b.mp4", 0, 30, 30, 2, "/w/f-%05d.pgm", options);

        Assert.Contains("file:/v/a b.mp4", args);
        Assert.Equal("30", args[args.ToList().IndexOf("-ss") + 1]);
        Assert.Equal("/w/f-%05d.pgm", args[^1]);
        var list = args.ToList();
        Assert.Equal("bidir", args[list.IndexOf("-skip_frame") + 1]);
        Assert.True(list.IndexOf("-skip_frame") < list.IndexOf("-i"), "-skip_frame is an input option");
    }
}
