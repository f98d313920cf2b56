using AssetBank.Core.Rights;

namespace AssetBank.Rights.Tests;

public sealed class RightsDateParserTests
{
    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026/03/01")]
    [InlineData("2026.3.1")]
    [InlineData("2026年3月1日")]
    [InlineData("2026 年 3 月 1 日")]
    [InlineData("二〇二六年三月一日")]
    [InlineData("二零二六年三月一号")]
    public void Reads_every_written_form_of_one_day(string text)
    {
        var date = RightsDateParser.TryParse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new RightsDate(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)), date);
        Assert.False(date!.IsMonth);
    }

    [Theory]
    [InlineData("二〇二六年三月", 2026, 3, 31)]
    [InlineData("2026年2月", 2026, 2, 28)]
    [InlineData("2028-02", 2028, 2, 29)]
    [InlineData("二〇二六年十二月", 2026, 12, 31)]
    [InlineData("2026.11", 2026, 11, 30)]
    public void A_month_means_its_first_day_as_start_and_its_last_day_as_end(string text, int year, int month, int lastDay)
    {
        var date = RightsDateParser.TryParse(text, out _);

        Assert.NotNull(date);
        Assert.True(date.IsMonth);
        Assert.Equal(new DateOnly(year, month, 1), date.First);
        Assert.Equal(new DateOnly(year, month, lastDay), date.Last);
    }

    [Theory]
    [InlineData("二〇二六年十二月三十一日", 12, 31)]
    [InlineData("二〇二六年十月二十日", 10, 20)]
    [InlineData("二〇二六年十一月十日", 11, 10)]
    [InlineData("二〇二六年一月九日", 1, 9)]
    public void Reads_chinese_numerals_for_month_and_day(string text, int month, int day)
    {
        Assert.Equal(new DateOnly(2026, month, day), RightsDateParser.TryParse(text, out _)?.First);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("next year", "not a date")]
    [InlineData("2026-13-01", "out of range")]
    [InlineData("2026-02-30", "no such day")]
    [InlineData("2026", "not a date")]
    public void Says_why_a_date_is_not_one(string text, string why)
    {
        Assert.Null(RightsDateParser.TryParse(text, out var problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }
}
