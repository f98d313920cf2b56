namespace AssetBank.Extraction.Kol;

/// <summary>A KOL's score 0–100 and the three factors (each 0–1, after the floor) it is made of.</summary>
/// <param name="FollowerTier">T, 粉丝量级.</param>
/// <param name="VerticalDepth">D, 垂类深度.</param>
/// <param name="PriceSlope">P, 报价斜率.</param>
/// <param name="Tier">头部 (head), 腰部 (waist) or 尾部 (tail), from the thresholds.</param>
public sealed record KolScore(double FollowerTier, double VerticalDepth, double PriceSlope, double Score, string Tier)
{
    public const string Head = "头部";
    public const string Waist = "腰部";
    public const string Tail = "尾部";

    public bool IsHead => Tier == Head;
}
