using System.Globalization;
using AssetBank.Extraction.Numbers;

namespace AssetBank.Extraction.Tests;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("12.3万", "123000")]
    [InlineData("1.2w", "12000")]
    [InlineData("1.2W", "12000")]
    [InlineData("3亿", "300000000")]
    [InlineData("1.5亿", "150000000")]
    [InlineData("1亿2000万", "120000000")]
    [InlineData("8k", "8000")]
    [InlineData("8K", "8000")]
    [InlineData("3千", "3000")]
    [InlineData("2千万", "20000000")]
    [InlineData("1.2m", "1200000")]
    [InlineData("1,200", "1200")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("5.6%", "0.056")]
    [InlineData("5.6％", "0.056")]
    [InlineData("0.5%", "0.005")]
    [InlineData("¥2,000", "2000")]
    [InlineData("￥2,000", "2000")]
    [InlineData("2000元", "2000")]
    [InlineData("2万元", "20000")]
    [InlineData("人民币 3,500 元", "3500")]
    [InlineData("10w+", "100000")]
    [InlineData("１２.３万", "123000")]
    [InlineData(" 42 ", "42")]
    [InlineData("1.2E+05", "120000")]
    [InlineData("0.1", "0.1")]
    public void Agency_notations_parse_to_the_exact_decimal(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value), text);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Decimal_arithmetic_keeps_values_that_double_would_blur()
    {
        // 12.3 × 10000 in double is 122999.99999999999; 5.6 / 100 is 0.055999999999999994.
        Assert.True(ChineseNumber.TryParse("12.3万", out var followers));
        Assert.True(ChineseNumber.TryParse("5.6%", out var rate));
        Assert.Equal("123000", followers.ToString("0.##########", CultureInfo.InvariantCulture));
        Assert.Equal("0.056", rate.ToString("0.##########", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("面议")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("暂无")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Placeholders_and_blanks_are_no_number(string? text)
    {
        Assert.True(ChineseNumber.IsBlankOrPlaceholder(text));
        Assert.False(ChineseNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2000-3000")]
    [InlineData("十万")]
    [InlineData("about 5k")]
    [InlineData("1.2.3")]
    [InlineData("万")]
    [InlineData("2万3亿")]
    [InlineData("5万6")]
    public void Ranges_words_and_malformed_numbers_are_not_guessed(string text)
    {
        Assert.False(ChineseNumber.IsBlankOrPlaceholder(text));
        Assert.False(ChineseNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("5.6%", "0.056")]
    [InlineData("5.6", "0.056")]
    [InlineData("0.056", "0.056")]
    [InlineData("12%", "0.12")]
    public void Rates_read_bare_numbers_above_one_as_percent(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParseRate(text, out var rate));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), rate);
    }
}
