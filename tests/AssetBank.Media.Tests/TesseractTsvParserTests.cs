using AssetBank.Media.Ocr;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class TesseractTsvParserTests
{
    [Fact]
    public void Reads_the_words_of_a_recorded_caption_line_with_their_boxes_and_confidences()
    {
        var words = TesseractTsvParser.Parse(FixtureFiles.Read("tesseract_psm6_caption.tsv"));

        Assert.Equal("凌晨三点宝宝又醒了", string.Concat(words.Select(w => w.Text)));
        Assert.Equal(new OcrWord(1, 1, 1, 1, 462, 21, 95, 38, 79.538788, "凌晨"), words[0] with { Width = 95 });
        Assert.All(words, w => Assert.InRange(w.Confidence, 0, 100));
    }

    [Fact]
    public void Skips_the_header_structure_rows_empty_words_and_broken_lines()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t-1\t \n"
            + "5\t1\t1\t1\t1\t2\tx\t10\t20\t20\t90\t坏\n"
            + "5\t2\t1\t1\t1\t1\t10\t10\t20\t20\t88.5\t好\r\n";

        var word = Assert.Single(TesseractTsvParser.Parse(tsv));

        Assert.Equal(new OcrWord(2, 1, 1, 1, 10, 10, 20, 20, 88.5, "好"), word);
    }

    [Fact]
    public void Words_are_mapped_back_to_their_strip_of_the_sheet_and_joined_left_to_right()
    {
        var sheet = OcrSheet.Stack([GrayImage.Solid(200, 40, 255), GrayImage.Solid(120, 40, 255)]);
        var second = sheet.Rows[1].Top;
        var words = new[]
        {
            new OcrWord(1, 1, 1, 1, 60, 20, 20, 30, 90, "手"),
            new OcrWord(1, 1, 1, 1, 20, 20, 20, 30, 80, "新"),
            new OcrWord(1, 1, 1, 2, 20, second + 5, 20, 30, 70, "OK"),
            new OcrWord(1, 1, 1, 2, 60, second + 5, 20, 30, 70, "Go"),
        };

        var strips = TesseractRecognizer.Assemble(sheet, words);

        Assert.Equal(("新手", 0.85), strips[0]);
        Assert.Equal("OK Go", strips[1].Text);
    }

    [Fact]
    public void Tesseract_arguments_are_separate_items_reading_one_page_as_a_block_of_lines()
    {
        Assert.Equal(["/tmp/a b.pgm", "stdout", "-l", "chi_sim", "--psm", "6", "-c", "debug_file=/dev/null", "tsv"], TesseractRecognizer.BuildArguments("/tmp/a b.pgm", "chi_sim"));
    }
}
