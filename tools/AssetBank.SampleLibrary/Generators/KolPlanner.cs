using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// A KOL list of about twenty themed rows, as a UTF-8 (BOM) CSV and as an .xlsx with a merged title row above
/// the headers, mixing text cells (12.3万, 面议) with number cells formatted as 1,200 or 3.2%.
/// </summary>
internal static class KolPlanner
{
    public const string CsvPath = "kol/kol_list_2024Q3.csv";
    public const string XlsxPath = "kol/KOL推荐名单_2024Q3.xlsx";
    public const string SheetName = "KOL名单";
    public const string SheetTitle = "2024年Q3 KOL推荐名单（内部资料）";

    public static IReadOnlyList<string> Columns { get; } = ["昵称", "平台", "粉丝数", "垂类", "报价(图文)", "报价(视频)", "互动率", "合作品牌"];

    public static IReadOnlyList<KolRow> Rows(IReadOnlyList<ThemeContent> themes, int seed)
    {
        var random = SeededRandom.For(seed, "kol");
        var rows = new List<KolRow>();
        foreach (var theme in themes)
        {
            foreach (var spec in theme.Kols)
            {
                var videoFactor = 1.5m + (random.Next(0, 6) / 10m);
                rows.Add(new KolRow(
                    spec,
                    theme.Id,
                    AgencyNumbers.Followers(spec.Tier, random),
                    AgencyNumbers.Price(spec.Tier, 1m, random),
                    AgencyNumbers.Price(spec.Tier, videoFactor, random),
                    AgencyNumbers.Engagement(random)));
            }
        }

        // Agency lists are not grouped by theme; shuffle deterministically.
        return [.. rows.Select(r => (Row: r, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Row)];
    }

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, int seed)
    {
        var rows = Rows(themes, seed);
        var tags = themes.Where(t => t.Kols.Count > 0).Select(t => t.Tags).ToList();
        var entries = new List<ManifestEntry>
        {
            new(CsvPath, SampleKind.KolList, "csv", "2024Q3 KOL推荐名单", tags)
            {
                KolList = new KolListFacts(null, 1, Columns, Facts(rows, firstDataRow: 2)),
            },
            new(XlsxPath, SampleKind.KolList, "xlsx", SheetTitle, tags)
            {
                KolList = new KolListFacts(SheetName, 2, Columns, Facts(rows, firstDataRow: 3)),
            },
        };
        var steps = new List<GenerationStep>
        {
            new(CsvPath, 0, [CsvPath], (ctx, ct) =>
                File.WriteAllTextAsync(ctx.Output(CsvPath), CsvText.Write([Columns, .. rows.Select(r => r.Cells())]), Encodings.Utf8WithBom, ct)),
            new(XlsxPath, 0, [XlsxPath], (ctx, _) =>
            {
                XlsxWriter.Write(ctx.Output(XlsxPath), SheetName, SheetTitle, Columns, rows);
                return Task.CompletedTask;
            }),
        };
        return new PlanPart(entries, steps, [], []);
    }

    private static List<KolRowFacts> Facts(IReadOnlyList<KolRow> rows, int firstDataRow) =>
        [.. rows.Select((r, i) => new KolRowFacts(
            firstDataRow + i,
            r.Spec.Nickname,
            r.Spec.Platform,
            r.Followers.Text,
            (long)r.Followers.Value,
            r.Spec.Vertical,
            r.PriceImage?.Text ?? KolRow.Negotiable,
            r.PriceImage?.Value,
            r.PriceVideo?.Text ?? KolRow.Negotiable,
            r.PriceVideo?.Value,
            r.Engagement.Text,
            (double)r.Engagement.Value,
            r.Spec.Brands,
            r.ThemeId))];
}
