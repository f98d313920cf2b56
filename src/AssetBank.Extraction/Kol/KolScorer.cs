namespace AssetBank.Extraction.Kol;

/// <summary>
/// The KOL score (see <c>KOL_SCORE.md</c>): a weighted geometric mean of follower tier × vertical depth × price slope
/// (粉丝量级 × 垂类深度 × 报价斜率), scaled to 0–100. The price slope compares each KOL with the rest of its list, so a
/// list is scored as a whole.
/// </summary>
public sealed class KolScorer
{
    private static readonly char[] VerticalSeparators = ['、', ',', '，', '/', '／', '|', '｜', ';', '；', '+', '＋', '&', '＆', ' ', '\u3000', '\n', '\t'];

    private readonly KolScoreOptions _options;
    private readonly IReadOnlyList<string> _verticals;

    public KolScorer(KolScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _verticals = options.EffectiveVerticals;
    }

    /// <summary>Scores every KOL of one list; the result is in input order.</summary>
    public IReadOnlyList<KolScore> Score(IReadOnlyList<KolScoreInput> kols)
    {
        ArgumentNullException.ThrowIfNull(kols);
        var medians = new[]
        {
            Median(kols.Select(k => PricePerTenThousand(k.PriceImage, k.Followers))),
            Median(kols.Select(k => PricePerTenThousand(k.PriceVideo, k.Followers))),
            Median(kols.Select(k => PricePerTenThousand(k.Price, k.Followers))),
        };

        return [.. kols.Select(k =>
        {
            var t = Floor(FollowerTier(k.Followers));
            var d = Floor(VerticalDepth(k.Vertical));
            var p = Floor(PriceSlope([
                (PricePerTenThousand(k.PriceImage, k.Followers), medians[0]),
                (PricePerTenThousand(k.PriceVideo, k.Followers), medians[1]),
                (PricePerTenThousand(k.Price, k.Followers), medians[2]),
            ]));
            var score = Combine(t, d, p);
            return new KolScore(t, d, p, score, TierOf(score));
        })];
    }

    /// <summary>
    /// T (粉丝量级): log10 of followers placed between the floor (1万 → 0) and the ceiling (1000万 → 1), clamped;
    /// 0 when followers are unknown. 10万 → 1/3, 100万 → 2/3.
    /// </summary>
    public double FollowerTier(decimal? followers)
    {
        if (followers is not { } f || f <= 0m)
        {
            return 0;
        }

        var low = Math.Log10(_options.FollowerFloor);
        var high = Math.Log10(_options.FollowerCeiling);
        return high <= low ? (double)f >= _options.FollowerCeiling ? 1 : 0 : Math.Clamp((Math.Log10((double)f) - low) / (high - low), 0, 1);
    }

    /// <summary>
    /// D (垂类深度): focus × recognition. Focus is 1 / the number of verticals listed (母婴 → 1, 美妆/护肤 → 1/2);
    /// recognition is 1 when the first vertical is a recognised one (母婴育儿 counts as 母婴), else
    /// <see cref="KolScoreOptions.UnrecognisedVerticalDepth"/>. No vertical: <see cref="KolScoreOptions.MissingVerticalDepth"/>.
    /// </summary>
    public double VerticalDepth(string? vertical)
    {
        var verticals = SplitVerticals(vertical);
        if (verticals.Count == 0)
        {
            return _options.MissingVerticalDepth;
        }

        var first = verticals[0];
        var recognised = _verticals.Any(v => first.Contains(v, StringComparison.OrdinalIgnoreCase) || v.Contains(first, StringComparison.OrdinalIgnoreCase));
        return (recognised ? 1.0 : _options.UnrecognisedVerticalDepth) / verticals.Count;
    }

    /// <summary>
    /// P (报价斜率) for one price: r = (price per 1万 followers) / (the list's median of it); P = m − s × log2(r), clamped
    /// to 0..1, with m = <see cref="KolScoreOptions.MedianPriceSlope"/> and s = <see cref="KolScoreOptions.PriceSlopePerDoubling"/>:
    /// at the median 0.5, half as dear 0.75, a quarter 1, twice as dear 0.25. Several prices (图文, 视频): their mean.
    /// No price or no followers: m.
    /// </summary>
    public double PriceSlope(IReadOnlyList<(double? PerTenThousand, double? Median)> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var slopes = prices
            .Where(p => p.PerTenThousand is > 0 && p.Median is > 0)
            .Select(p => Math.Clamp(_options.MedianPriceSlope - (_options.PriceSlopePerDoubling * Math.Log2(p.PerTenThousand!.Value / p.Median!.Value)), 0, 1))
            .ToList();
        return slopes.Count == 0 ? _options.MedianPriceSlope : slopes.Average();
    }

    /// <summary>100 × T^(wT/W) × D^(wD/W) × P^(wP/W), rounded to one decimal; W is the sum of the weights.</summary>
    public double Combine(double followerTier, double verticalDepth, double priceSlope)
    {
        var total = _options.FollowerWeight + _options.VerticalWeight + _options.PriceWeight;
        if (total <= 0)
        {
            return 0;
        }

        var score = 100 * Math.Pow(followerTier, _options.FollowerWeight / total)
                        * Math.Pow(verticalDepth, _options.VerticalWeight / total)
                        * Math.Pow(priceSlope, _options.PriceWeight / total);
        return Math.Round(score, 1, MidpointRounding.AwayFromZero);
    }

    public string TierOf(double score) =>
        score >= _options.HeadThreshold ? KolScore.Head : score >= _options.WaistThreshold ? KolScore.Waist : KolScore.Tail;

    /// <summary>The verticals named in one cell: 美妆/护肤、个护 → [美妆, 护肤, 个护].</summary>
    public static IReadOnlyList<string> SplitVerticals(string? vertical) =>
        string.IsNullOrWhiteSpace(vertical)
            ? []
            : [.. vertical.Split(VerticalSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Yuan per 1万 followers, or null when either is missing.</summary>
    public static double? PricePerTenThousand(decimal? price, decimal? followers) =>
        price is > 0m && followers is > 0m ? (double)(price.Value * 10_000m / followers.Value) : null;

    private double Floor(double factor) => Math.Max(factor, _options.MinFactor);

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v.HasValue).Select(v => v!.Value).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
