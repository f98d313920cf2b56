using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Tests;

public sealed class FilterEscapingTests : IDisposable
{
    private readonly ProcessRunner _runner = new(2, TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a:b", @"a\\:b")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("it's", @"it\\\'s")]
    [InlineData("[x];y", @"\[x\]\;y")]
    [InlineData(@"c:\path", @"c\\:\\\\path")]
    public void Escapes_for_the_option_level_then_the_graph_level(string value, string expected)
    {
        Assert.Equal(expected, FilterEscaping.OptionValue(value));
    }

    [Theory]
    [InlineData("新手爸爸：半夜 3:00, 哄娃 [第4次]; 100% 'ok' \\ done")]
    [InlineData("a=b:c=d")]
    public async Task Drawtext_accepts_hostile_text_passed_through_the_escaper(string text)
    {
        var font = File.Exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
            ? "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
            : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        var filter = $"drawtext=fontfile={FilterEscaping.OptionValue(font)}:text={FilterEscaping.OptionValue(text)}:expansion=none:fontsize=20:fontcolor=white";
        var result = await _runner.RunAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "color=c=black:s=320x180:d=0.2", "-vf", filter, "-f", "null", "-"],
            CancellationToken.None);
        Assert.True(result.Succeeded, result.StdErr);
    }

    public void Dispose() => _runner.Dispose();
}
