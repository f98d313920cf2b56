using AssetBank.Core.Search;

namespace AssetBank.Benchmarks.Search;

/// <summary>
/// The four shapes of the issue plus one with filters. Every query asks for a page of 20 hits with snippets, as the
/// CLI and UI do; only the last two count facets and groups.
/// </summary>
internal static class QueryShapes
{
    private static readonly string[] Separators = [" ", " ", "—", "、"];

    public static IReadOnlyList<QueryShape> All { get; } =
    [
        new("dimension-only", "2–4 taxonomy labels of one theme (`母婴 夜醒 焦虑 新手爸爸`)", r => Query(Labels(r, Theme(r), 2 + r.Next(3)), facets: false)),
        new("free text", "1–2 words that name no term (`冲奶粉 小夜灯`)", r => Query(Words(r, Theme(r), 1 + r.Next(2)), facets: false)),
        new("mixed", "1–2 labels + a free word, a third with `kind:video`", r =>
        {
            var theme = Theme(r);
            var text = Labels(r, theme, 1 + r.Next(2)) + " " + Words(r, theme, 1) + (r.Next(3) == 0 ? " kind:video" : string.Empty);
            return Query(text, facets: false);
        }),
        new("facets + grouping", "dimension-only text, with facet counts on 4 dimensions, groups and 3 hits per group", r =>
            Query(Labels(r, Theme(r), 2 + r.Next(3)), facets: true) with { HitsPerGroup = 3 }),
        new("filters + facets", "`行业:…` required term, kind/date filters, a free word, facets", r =>
        {
            var theme = Theme(r);
            var year = 2015 + r.Next(8);
            var text = $"行业:{theme.Industries[0]} {Words(r, theme, 1)} date:{year}..{year + 2}";
            return Query(text, facets: true) with { Kinds = r.Next(2) == 0 ? ["video"] : [] };
        }),
        new("2,000-char brief", "a pasted brief of 2,000 characters: sentences around a theme's labels and words, read as a passage", r => Query(Brief(r, Theme(r)), facets: false)),
    ];

    private static readonly string[] BriefSentences =
    [
        "本次传播希望围绕{0}展开，找到目标人群在{1}时最真实的瞬间。",
        "我们观察到，很多用户提到{1}和{2}，情绪上常常是{0}。",
        "创意上不要硬广，用生活化的{2}片段带出产品，语气轻松真诚。",
        "参考过往案例里关于{0}、{1}的表达，避免重复套路，给出三个方向。",
        "渠道以小红书和抖音为主，TVC 作为补充，素材需要覆盖{2}。",
    ];

    /// <summary>Sentences around a theme's labels and free words until 2,000 characters.</summary>
    private static string Brief(Random random, Theme theme)
    {
        var builder = new System.Text.StringBuilder(2100);
        while (builder.Length < 2000)
        {
            string[] fill = [Labels(random, theme, 1), Words(random, theme, 1), Labels(random, theme, 1)];
            builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, BriefSentences[random.Next(BriefSentences.Length)], fill[0], fill[1], fill[2]));
        }

        return builder.ToString(0, 2000);
    }

    private static SearchQuery Query(string text, bool facets) => new() { Text = text, PageSize = 20, IncludeFacets = facets };

    private static Theme Theme(Random random) => Themes.All[random.Next(Themes.All.Count)];

    private static string Labels(Random random, Theme theme, int count)
    {
        string[][] pools = [theme.Industries, theme.Scenarios, theme.Emotions, theme.Relationships];
        var chosen = pools.OrderBy(_ => random.Next()).Take(count).Select(p => p[random.Next(p.Length)]);
        return string.Join(Separators[random.Next(Separators.Length)], chosen);
    }

    private static string Words(Random random, Theme theme, int count) =>
        string.Join(' ', theme.FreeWords.OrderBy(_ => random.Next()).Take(count));
}
