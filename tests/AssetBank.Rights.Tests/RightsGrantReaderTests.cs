using AssetBank.Application.Rights;
using AssetBank.Core.Rights;

namespace AssetBank.Rights.Tests;

public sealed class RightsGrantReaderTests
{
    [Fact]
    public void Reads_names_and_aliases_in_chinese_and_english()
    {
        var problems = new List<RightsProblem>();
        var grant = RightsGrantReader.Read(
            new RightsGrantText(Holder: " 视觉中国 ", LicenceType: "RM", Media: "抖音、xhs;TV", Territory: "内地|HK-Macao-Taiwan", Start: "2026年3月", End: "2026.12.31", Exclusive: "是"),
            "row 2",
            problems);

        Assert.Empty(problems);
        Assert.NotNull(grant);
        Assert.Equal("视觉中国", grant.Holder);
        Assert.Equal(LicenceType.StockRightsManaged, grant.LicenceType);
        Assert.Equal(["douyin", "xiaohongshu", "tv"], grant.Media);
        Assert.Equal(["mainland-china", "hk-macao-taiwan"], grant.Territories);
        Assert.Equal(new DateOnly(2026, 3, 1), grant.Start);
        Assert.Equal(new DateOnly(2026, 12, 31), grant.End);
        Assert.True(grant.Exclusive);
    }

    [Fact]
    public void Names_every_bad_field_of_the_row()
    {
        var problems = new List<RightsProblem>();
        var grant = RightsGrantReader.Read(
            new RightsGrantText(Shot: "three", LicenceType: "borrowed", Media: "抖音、火星电视台", Territory: "月球", Start: "2026-05-01", End: "2026-04-30", Exclusive: "maybe"),
            "row 7",
            problems);

        Assert.Null(grant);
        Assert.All(problems, p => Assert.Equal("row 7", p.Row));
        Assert.Equal(["shot", "licence_type", "media", "territory", "end", "exclusive"], problems.Select(p => p.Field));
        Assert.Contains("火星电视台", problems.Single(p => p.Field == "media").Problem, StringComparison.Ordinal);
        Assert.Contains("end is before start", problems.Single(p => p.Field == "end").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_terms_read_back_to_the_same_grant()
    {
        var grant = new RightsGrant
        {
            ShotIndex = 3,
            Holder = "演员 陈晨",
            LicenceType = LicenceType.TalentRelease,
            Media = ["douyin", "tv"],
            Territories = ["mainland-china"],
            Start = new DateOnly(2026, 1, 1),
            End = new DateOnly(2026, 12, 27),
            Exclusive = true,
            Restrictions = "仅限镜头 3",
            Documents = ["contracts/chen.pdf"],
        };

        var problems = new List<RightsProblem>();
        var back = RightsGrantReader.Read(RightsGrantReader.Write(grant), "row 2", problems);

        Assert.Empty(problems);
        Assert.Equivalent(grant, back, strict: true);
    }
}
