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
    ];

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
