using System.Globalization;
using System.Text;
using AssetBank.Media.Ocr;
using AssetBank.Media.Processes;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class StripReaderTests
{
    private const int StripHeight = 40;

    /// <summary>Answers each tesseract run with the next page of texts, one text per stacked strip (all strips 40 px high).</summary>
    private sealed class ScriptedTesseract(params string[][] pages) : IProcessRunner
    {
        private int _next;

        public List<int> StripsPerRun { get; } = [];

        public Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
        {
            var texts = pages[_next++];
            var sheet = Pgm.Decode(File.ReadAllBytes(request.Arguments[0]));
            StripsPerRun.Add((sheet.Height - (2 * OcrSheet.Margin) + OcrSheet.Gap) / (StripHeight + OcrSheet.Gap));
            var tsv = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i].Length == 0)
                {
                    continue;
                }

                var parts = texts[i].Split('@');
                var top = OcrSheet.Margin + (i * (StripHeight + OcrSheet.Gap));
                tsv.Append(CultureInfo.InvariantCulture, $"5\t1\t1\t1\t{i + 1}\t1\t20\t{top}\t200\t{StripHeight}\t{parts[1]}\t{parts[0]}\n");
            }

            return Task.FromResult(new ProcessResult("tesseract", 0, ProcessStopReason.Exited, Encoding.UTF8.GetBytes(tsv.ToString()), string.Empty, TimeSpan.Zero));
        }
    }

    private static GrayImage Strip() => GrayImage.Solid(300, StripHeight, 255);

    [Fact]
    public async Task Alternatives_are_read_only_for_strips_whose_first_reading_was_dropped_or_unsure_and_the_best_is_kept()
    {
        var runner = new ScriptedTesseract(
            ["凌晨三点宝宝又醒了@95", "口曰@30", "每一口都安心@70"],
            ["新手爸爸第一次冲奶粉@90", "每一口都安心@92"]);
        var reader = new StripReader(new TesseractRecognizer(runner, new OcrOptions()), new OcrTextFilter(null, 0.55));
        using var work = new TempFolder();

        var texts = await reader.ReadAsync(
            [(Strip(), () => [Strip()]), (Strip(), () => [Strip()]), (Strip(), () => [Strip()])], work.Path, CancellationToken.None);

        Assert.Equal([3, 2], runner.StripsPerRun);
        Assert.Equal(("凌晨三点宝宝又醒了", 0.95), texts[0]);
        Assert.Equal("新手爸爸第一次冲奶粉", texts[1]?.Text);
        Assert.Equal(("每一口都安心", 0.92), texts[2]);
    }

    [Fact]
    public async Task A_strip_no_binarisation_reads_as_text_gives_null()
    {
        var runner = new ScriptedTesseract(["口@20"], ["@0"]);
        var reader = new StripReader(new TesseractRecognizer(runner, new OcrOptions()), new OcrTextFilter(null, 0.55));
        using var work = new TempFolder();

        var texts = await reader.ReadAsync([(Strip(), () => [Strip()])], work.Path, CancellationToken.None);

        Assert.Null(Assert.Single(texts));
    }
}
