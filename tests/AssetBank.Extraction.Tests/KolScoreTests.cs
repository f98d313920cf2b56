using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Kol;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

/// <summary>
/// The KOL score on rows computed by hand. Default weights wT = 0.6, wD = 0.2, wP = 0.2 (sum 1), so
/// score = 100 × T^0.6 × D^0.2 × P^0.2 with T, D, P each at least 0.05.
/// </summary>
public sealed class KolScoreTests : IDisposable
{
    // Four KOLs; only 图文 prices are given, so the price slope compares 图文 price per 1万 followers:
    //   A 1000万 followers, ¥100,000 → 100000 / 1000 = 100 yuan per 1万
    //   B 10万 followers,   ¥2,000   → 2000 / 10     = 200 yuan per 1万
    //   C 100万 followers,  ¥5,000   → 5000 / 100    = 50 yuan per 1万
    //   D 5000 followers,   面议      → no price
    //   median of {100, 200, 50} = 100.
    private const string Csv = """
        昵称,平台,粉丝数,垂类,报价(图文),互动率
        A星妈日记,小红书,1000万,母婴,"¥100,000",5.6%
        B美妆小鹿,抖音,10w,美妆/护肤,2000元,3.2%
        C宠物阿福,B站,100万,宠物,5000,1.5
        D赛博青年,微博,5000,赛博朋克,面议,0.8%
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Hand_computed_rows_score_as_worked_out()
    {
        var path = _folder.Write("kol.csv", Encoding.UTF8.GetBytes(Csv));

        var content = await Extract.FileAsync(path, "kol/score.csv", AssetKind.KolList, ContentFormat.Csv);
        var byName = content.Items.ToDictionary(i => i.Title!);

        // A: T = (log10 1e7 − 4) / 3 = 1; D = 1 (one vertical, 母婴 recognised); r = 100/100 = 1 → P = 0.5 − 0.25·log2 1 = 0.5.
        //    score = 100 × 1 × 1 × 0.5^0.2 = 100 × 0.870551 = 87.06 → 87.1, ≥ 80: 头部.
        AssertKol(byName["A星妈日记"], t: 1, d: 1, p: 0.5, score: 87.1, tier: "头部");

        // B: T = (5 − 4) / 3 = 1/3; D = 1/2 (美妆/护肤: two verticals, 美妆 recognised); r = 200/100 = 2 → P = 0.5 − 0.25 = 0.25.
        //    score = 100 × (1/3)^0.6 × 0.5^0.2 × 0.25^0.2 = 100 × 0.517282 × 0.870551 × 0.757858 = 34.13 → 34.1: 尾部.
        AssertKol(byName["B美妆小鹿"], t: 1.0 / 3, d: 0.5, p: 0.25, score: 34.1, tier: "尾部");

        // C: T = (6 − 4) / 3 = 2/3; D = 1; r = 50/100 = 0.5 → P = 0.5 + 0.25 = 0.75.
        //    score = 100 × (2/3)^0.6 × 0.75^0.2 = 100 × 0.784053 × 0.944088 = 74.02 → 74.0: 腰部.
        AssertKol(byName["C宠物阿福"], t: 2.0 / 3, d: 1, p: 0.75, score: 74.0, tier: "腰部");

        // D: log10 5000 < 4 → T = 0, floored to 0.05; 赛博朋克 is not a recognised vertical → D = 0.7; 面议 → P = 0.5.
        //    score = 100 × 0.05^0.6 × 0.7^0.2 × 0.5^0.2 = 100 × 0.165723 × 0.931150 × 0.870551 = 13.43 → 13.4: 尾部.
        AssertKol(byName["D赛博青年"], t: 0.05, d: 0.7, p: 0.5, score: 13.4, tier: "尾部");
    }

    [Fact]
    public void Weights_are_configurable()
    {
        // Only followers count: score = 100 × T. B (10万) → 100 × 1/3 = 33.3.
        var scorer = new KolScorer(new KolScoreOptions { FollowerWeight = 1, VerticalWeight = 0, PriceWeight = 0 });

        var scores = scorer.Score([new KolScoreInput(100_000m, "美妆/护肤", PriceImage: 2_000m), new KolScoreInput(10_000_000m, "母婴", PriceImage: 100_000m)]);

        Assert.Equal(33.3, scores[0].Score);
        Assert.Equal(100, scores[1].Score);
    }

    [Fact]
    public void Equal_weights_make_the_score_the_geometric_mean_of_the_factors()
    {
        // T = 1/3, D = 1/2, P: the only priced KOL is its own median → 0.5. (1/3 × 1/2 × 1/2)^(1/3) = (1/12)^(1/3) = 0.43679 → 43.7.
        var scorer = new KolScorer(new KolScoreOptions { FollowerWeight = 1, VerticalWeight = 1, PriceWeight = 1 });

        var score = Assert.Single(scorer.Score([new KolScoreInput(100_000m, "美妆、护肤", PriceVideo: 5_000m)]));

        Assert.Equal(43.7, score.Score);
    }

    [Theory]
    [InlineData(10_000, 0.0)]
    [InlineData(100_000, 1.0 / 3)]
    [InlineData(1_000_000, 2.0 / 3)]
    [InlineData(10_000_000, 1.0)]
    [InlineData(300_000_000, 1.0)]
    [InlineData(5_000, 0.0)]
    public void The_follower_tier_is_log_scaled_between_ten_thousand_and_ten_million(double followers, double expected)
    {
        Assert.Equal(expected, new KolScorer(new KolScoreOptions()).FollowerTier((decimal)followers), 10);
    }

    [Theory]
    [InlineData("母婴", 1.0)]
    [InlineData("母婴育儿", 1.0)]
    [InlineData("美妆/护肤", 0.5)]
    [InlineData("美妆、护肤、穿搭", 1.0 / 3)]
    [InlineData("赛博朋克", 0.7)]
    [InlineData("", 0.5)]
    public void Vertical_depth_rewards_one_recognised_vertical(string vertical, double expected)
    {
        Assert.Equal(expected, new KolScorer(new KolScoreOptions()).VerticalDepth(vertical), 10);
    }

    [Fact]
    public void Recognised_verticals_can_be_replaced_by_configuration()
    {
        var options = new KolScoreOptions();
        options.RecognisedVerticals.Add("赛博朋克");

        var scorer = new KolScorer(options);

        Assert.Equal(1.0, scorer.VerticalDepth("赛博朋克"));
        Assert.Equal(0.7, scorer.VerticalDepth("母婴"), 10);
    }

    private static void AssertKol(Core.Extraction.ExtractedItem kol, double t, double d, double p, double score, string tier)
    {
        Assert.Equal(t, kol.Metrics["follower_tier"], 6);
        Assert.Equal(d, kol.Metrics["vertical_depth"], 6);
        Assert.Equal(p, kol.Metrics["price_slope"], 6);
        Assert.Equal(score, kol.Score);
        Assert.Equal(tier, kol.Fields["tier"]);
    }
}
