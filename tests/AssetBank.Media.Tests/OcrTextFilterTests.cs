using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class OcrTextFilterTests
{
    private static readonly OcrTextFilter Filter = new(new WordListLexicon("新手", "爸爸", "第一次", "奶粉", "宝宝", "醒了", "凌晨"), minConfidence: 0.6);

    [Fact]
    public void Keeps_a_real_caption_and_removes_the_spaces_between_its_characters()
    {
        Assert.Equal("新手爸爸第一次冲奶粉", Filter.Accept("新 手 爸 爸 第一次 冲 奶粉", 0.9));
    }

    [Fact]
    public void Drops_a_line_read_with_low_confidence()
    {
        Assert.Null(Filter.Accept("新手爸爸第一次冲奶粉", 0.4));
    }

    [Fact]
    public void Drops_characters_invented_from_texture_that_form_no_words()
    {
        Assert.Null(Filter.Accept("丨亍彡氵卩廴", 0.8));
    }

    [Fact]
    public void Drops_latin_lines_and_punctuation_noise()
    {
        Assert.Null(Filter.Accept("SMPTE 75% BARS", 0.9));
        Assert.Null(Filter.Accept("|| -- ,, ..", 0.9));
        Assert.Null(Filter.Accept("一", 0.95));
    }

    [Fact]
    public void Keeps_latin_words_inside_a_chinese_line_and_spaces_only_between_latin_words()
    {
        Assert.Equal("宝宝醒了OK凌晨", Filter.Accept("宝 宝 醒 了 OK 凌 晨", 0.9));
        Assert.Equal("Hello World", OcrTextFilter.Clean(" Hello  World "));
    }

    [Fact]
    public void Word_coverage_counts_characters_inside_dictionary_words()
    {
        var lexicon = new WordListLexicon("新手", "爸爸");
        Assert.Equal(1.0, OcrTextFilter.WordCoverage("新手爸爸", lexicon));
        Assert.Equal(4.0 / 6, OcrTextFilter.WordCoverage("新手爸爸冲奶", lexicon), 3);
        Assert.Equal(0.0, OcrTextFilter.WordCoverage("abc", lexicon));
    }
}
