using System.ComponentModel.DataAnnotations;

namespace AssetBank.Extraction.Kol;

/// <summary>
/// Configuration section <c>Extraction:KolScore</c>: the weights and scales of the KOL score (see <c>KOL_SCORE.md</c>).
/// </summary>
/// <remarks>
/// score = 100 × T^(wT/W) × D^(wD/W) × P^(wP/W), W = wT + wD + wP, each factor clamped to [<see cref="MinFactor"/>, 1]:
/// T is the follower tier (粉丝量级), D the vertical depth (垂类深度), P the price slope (报价斜率).
/// </remarks>
public sealed class KolScoreOptions
{
    public const string SectionName = "Extraction:KolScore";

    /// <summary>The vertical names taken as recognised when <see cref="RecognisedVerticals"/> is left empty.</summary>
    public static IReadOnlyList<string> DefaultRecognisedVerticals { get; } =
    [
        "母婴", "育儿", "亲子", "美妆", "护肤", "彩妆", "个护", "时尚", "穿搭", "服饰", "美食", "食品", "饮品", "酒水", "探店",
        "汽车", "出行", "数码", "科技", "3C", "家电", "家居", "家装", "旅行", "旅游", "健身", "运动", "户外", "健康", "医疗",
        "医美", "宠物", "游戏", "动漫", "二次元", "教育", "职场", "财经", "理财", "房产", "情感", "搞笑", "剧情", "音乐", "舞蹈",
        "影视", "娱乐", "明星", "生活方式", "生活", "本地生活", "摄影", "读书", "知识", "科普", "萌宠", "三农", "珠宝", "奢侈品",
    ];

    /// <summary>Weight of the follower tier T (粉丝量级).</summary>
    [Range(0.0, 100.0)]
    public double FollowerWeight { get; set; } = 0.6;

    /// <summary>Weight of the vertical depth D (垂类深度).</summary>
    [Range(0.0, 100.0)]
    public double VerticalWeight { get; set; } = 0.2;

    /// <summary>Weight of the price slope P (报价斜率).</summary>
    [Range(0.0, 100.0)]
    public double PriceWeight { get; set; } = 0.2;

    /// <summary>Followers at or below this give T = 0 (before the floor); 1万 by default.</summary>
    [Range(1.0, 1e12)]
    public double FollowerFloor { get; set; } = 10_000;

    /// <summary>Followers at or above this give T = 1; 1000万 by default.</summary>
    [Range(1.0, 1e12)]
    public double FollowerCeiling { get; set; } = 10_000_000;

    /// <summary>D of a KOL whose (first) vertical is not in the recognised list, before dividing by the number of verticals.</summary>
    [Range(0.0, 1.0)]
    public double UnrecognisedVerticalDepth { get; set; } = 0.7;

    /// <summary>D of a KOL with no vertical given.</summary>
    [Range(0.0, 1.0)]
    public double MissingVerticalDepth { get; set; } = 0.5;

    /// <summary>P of a KOL priced exactly at the list's median price per 1万 followers, and of one with no price (面议).</summary>
    [Range(0.0, 1.0)]
    public double MedianPriceSlope { get; set; } = 0.5;

    /// <summary>How much P moves per doubling (down) or halving (up) of price per 1万 followers against the median.</summary>
    [Range(0.0, 1.0)]
    public double PriceSlopePerDoubling { get; set; } = 0.25;

    /// <summary>Each factor is at least this, so one weak factor lowers the score instead of zeroing it.</summary>
    [Range(0.0001, 1.0)]
    public double MinFactor { get; set; } = 0.05;

    /// <summary>Scores at or above this are head KOLs (头部).</summary>
    [Range(0.0, 100.0)]
    public double HeadThreshold { get; set; } = 80;

    /// <summary>Scores at or above this (and below <see cref="HeadThreshold"/>) are waist KOLs (腰部); the rest are tail (尾部).</summary>
    [Range(0.0, 100.0)]
    public double WaistThreshold { get; set; } = 50;

    /// <summary>Recognised verticals; empty means <see cref="DefaultRecognisedVerticals"/>.</summary>
    public IList<string> RecognisedVerticals { get; } = [];

    /// <summary>The recognised verticals in force.</summary>
    public IReadOnlyList<string> EffectiveVerticals => RecognisedVerticals.Count > 0 ? [.. RecognisedVerticals] : DefaultRecognisedVerticals;
}
