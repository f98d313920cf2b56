using AssetBank.Core.Rights;

namespace AssetBank.Rights.Tests;

public sealed class RightsCoverageTests
{
    private static readonly RightsGrant Whole = new()
    {
        Media = ["social", "tv"],
        Territories = ["greater-china"],
        Start = new DateOnly(2026, 1, 1),
        End = new DateOnly(2027, 12, 31),
    };

    private static readonly RightsGrant Talent = new()
    {
        ShotIndex = 3,
        Media = ["douyin", "tv"],
        Territories = ["mainland-china"],
        Start = new DateOnly(2026, 1, 1),
        End = new DateOnly(2026, 12, 27),
    };

    [Fact]
    public void A_broader_grant_covers_narrower_media_and_territories_and_not_the_reverse()
    {
        Assert.True(Whole.Covers("douyin", "mainland-china", new DateOnly(2026, 6, 1)));
        Assert.True(Whole.Covers("weibo", "hk-macao-taiwan", new DateOnly(2026, 6, 1)));
        Assert.False(Whole.Covers("print", "mainland-china", new DateOnly(2026, 6, 1)));
        Assert.False(Whole.Covers("douyin", "global", new DateOnly(2026, 6, 1)));
        Assert.False(Talent.Covers("social", "mainland-china", new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_shot_with_its_own_terms_is_usable_only_where_and_while_both_allow()
    {
        var windows = RightsCoverage.Windows([Whole], [Talent]);

        Assert.Equal(
            [("tv", "mainland-china"), ("douyin", "mainland-china")],
            windows.Select(w => (w.Medium, w.Territory)).ToList());
        Assert.All(windows, w => Assert.Equal(new DateOnly(2026, 12, 27), w.End));
        Assert.Equal(new DateOnly(2026, 12, 27), RightsCoverage.LastDay([Whole], [Talent]));
        Assert.Equal(new DateOnly(2027, 12, 31), RightsCoverage.LastDay([Whole], []));
    }

    [Fact]
    public void Gaps_name_the_medium_and_territory_and_when_the_terms_end()
    {
        var windows = RightsCoverage.Windows([Whole], [Talent]);

        var gaps = RightsCoverage.Gaps(windows, ["douyin", "weibo"], ["mainland-china"], new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

        Assert.Equal(2, gaps.Count);
        Assert.Contains("抖音/中国大陆 授权至 2026-12-27 止", gaps[0], StringComparison.Ordinal);
        Assert.Contains("未授权 微博/中国大陆", gaps[1], StringComparison.Ordinal);
        Assert.Empty(RightsCoverage.Gaps(RightsCoverage.Windows([Whole], []), ["weibo"], ["mainland-china"], new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)));
    }

    [Theory]
    [InlineData(-1, "已过期")]
    [InlineData(0, "30天内")]
    [InlineData(30, "30天内")]
    [InlineData(31, "60天内")]
    [InlineData(90, "90天内")]
    [InlineData(91, null)]
    public void Badges_count_days_from_today(int daysLeft, string? expected)
    {
        var today = new DateOnly(2026, 12, 7);
        var badge = RightsBadges.For(today.AddDays(daysLeft), today);

        if (expected is null)
        {
            Assert.Null(badge);
        }
        else
        {
            Assert.Contains(expected, badge, StringComparison.Ordinal);
        }
    }
}
