using System.Globalization;
using System.Text.RegularExpressions;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.Numbers;
using AssetBank.Extraction.Tables;

namespace AssetBank.Extraction.Kol;

/// <summary>
/// KOL lists (KOL名单) from CSV, XLSX or JSON: columns found through <see cref="KolSynonyms"/>, numbers read
/// exactly (<see cref="ChineseNumber"/>), one <c>kol:N</c> item per KOL with its fields, metrics and KOL score.
/// A list without a name or followers column is rejected; a row without a name is skipped with a warning.
/// </summary>
internal static partial class KolListExtractor
{
    private static readonly KolField[] Required = [KolField.Name, KolField.Followers];

    private static readonly string[] TotalRows = ["合计", "总计", "小计", "平均", "均值", "total", "sum", "average"];

    private static readonly char[] BrandSeparators = ['、', ',', '，', '/', '／', '|', '｜', ';', '；', '\n'];

    /// <summary>Whether some table of the file has the columns a KOL list needs (昵称 and 粉丝数).</summary>
    public static bool HasKolHeader(TableContent content) =>
        content.Tables.Any(t => HeaderLocator.Locate(t, KolSynonyms.Table) is { } layout && Required.All(layout.Columns.ContainsKey));

    public static ExtractedContent Extract(ExtractionSource source, TableContent content, KolScorer scorer, CancellationToken cancellationToken)
    {
        var located = content.Tables.Select(t => (Table: t, Layout: HeaderLocator.Locate(t, KolSynonyms.Table))).ToList();
        var usable = located.Where(l => l.Layout is { } layout && Required.All(layout.Columns.ContainsKey)).ToList();
        if (usable.Count == 0)
        {
            throw MissingColumns(source, located);
        }

        foreach (var (table, _) in located.Where(l => !usable.Contains(l) && l.Table.Rows.Count > 0))
        {
            source.Warnings.Add($"sheet '{table.Sheet}' has no KOL header (昵称 and 粉丝数 columns); skipped");
        }

        var kols = new List<KolRow>();
        foreach (var (table, layout) in usable)
        {
            ReadRows(source, table, layout!, kols, cancellationToken);
        }

        var scores = scorer.Score([.. kols.Select(k => new KolScoreInput(k.Followers, k.Vertical, k.PriceImage, k.PriceVideo, k.Price))]);
        var items = kols.Select((k, i) => ToItem(k, i + 1, scores[i])).ToList();
        var title = content.Title ?? usable.Select(u => u.Layout!.Title).FirstOrDefault(t => t is not null);
        return new ExtractedContent
        {
            Title = title,
            Sections = items.Count == 0 ? [] : [Summary(items)],
            Items = items,
            Encoding = content.Encoding,
        };
    }

    private static void ReadRows(ExtractionSource source, SourceTable table, TableLayout<KolField> layout, List<KolRow> kols, CancellationToken cancellationToken)
    {
        var units = layout.Headers.Select(HeaderUnit).ToList();
        for (var r = layout.FirstDataRow; r < table.Rows.Count; r++)
        {
            if ((r & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = table.Rows[r];
            if (row.IsBlank)
            {
                continue;
            }

            string Text(KolField field) => layout.ColumnOf(field) is { } column ? row.Cell(column).Trim() : string.Empty;
            var name = Text(KolField.Name);
            if (name.Length == 0)
            {
                source.Warnings.Add($"{row.Label}: no {KolSynonyms.Describe(KolField.Name)} value; row skipped");
                continue;
            }

            if (TotalRows.Contains(name.ToLowerInvariant(), StringComparer.Ordinal))
            {
                source.Warnings.Add($"{row.Label}: '{name}' looks like a total row; skipped");
                continue;
            }

            decimal? Number(KolField field, bool rate = false)
            {
                if (layout.ColumnOf(field) is not { } column)
                {
                    return null;
                }

                var text = row.Cell(column).Trim();
                if (ChineseNumber.IsBlankOrPlaceholder(text))
                {
                    if (field == KolField.Followers)
                    {
                        source.Warnings.Add($"{row.Label} ({name}): no {KolSynonyms.Describe(field)} value");
                    }

                    return null;
                }

                var header = layout.Headers[column];
                var bare = IsBareNumber(text);
                var ok = rate ? ChineseNumber.TryParseRate(text, out var value) : ChineseNumber.TryParse(text, out value);
                if (!ok)
                {
                    source.Warnings.Add($"{row.Label} ({name}): {KolSynonyms.Describe(field)} '{text}' is not a number; left out");
                    return null;
                }

                if (bare && rate && header.Contains('%', StringComparison.Ordinal) && value <= 1m && !text.Contains('%', StringComparison.Ordinal))
                {
                    // "互动率(%)" over 0.8 means 0.8 %, not 80 %.
                    value = ChineseNumber.TryParse(text, out var raw) ? raw / 100m : value;
                }
                else if (bare && !rate)
                {
                    value *= units[column];
                }

                return value;
            }

            var texts = new List<string>();
            for (var c = 0; c < layout.Headers.Count; c++)
            {
                var cell = row.Cell(c).Trim();
                if (cell.Length > 0 && c != layout.ColumnOf(KolField.Name))
                {
                    texts.Add(layout.Headers[c].Length > 0 ? $"{layout.Headers[c]} {cell}" : cell);
                }
            }

            kols.Add(new KolRow(row, table.Sheet, name)
            {
                Platform = NullIfEmpty(Text(KolField.Platform)),
                Vertical = NullIfEmpty(Text(KolField.Vertical)),
                Brands = NullIfEmpty(string.Join('、', Text(KolField.Brands).Split(BrandSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))),
                ProfileUrl = NullIfEmpty(Text(KolField.ProfileUrl)),
                AccountId = NullIfEmpty(Text(KolField.AccountId)),
                Followers = Number(KolField.Followers),
                PriceImage = Number(KolField.PriceImage),
                PriceVideo = Number(KolField.PriceVideo),
                Price = Number(KolField.Price),
                EngagementRate = Number(KolField.EngagementRate, rate: true),
                Texts = texts,
            });
        }
    }

    private static ExtractedItem ToItem(KolRow kol, int number, KolScore score)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["row"] = kol.Source.Number.ToString(CultureInfo.InvariantCulture),
            ["tier"] = score.Tier,
        };
        void Field(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields[key] = value;
            }
        }

        Field("platform", kol.Platform);
        Field("vertical", kol.Vertical);
        Field("brands", kol.Brands);
        Field("profile_url", kol.ProfileUrl);
        Field("account_id", kol.AccountId);
        Field("sheet", kol.Sheet);

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["follower_tier"] = score.FollowerTier,
            ["vertical_depth"] = score.VerticalDepth,
            ["price_slope"] = score.PriceSlope,
        };
        void Metric(string key, decimal? value)
        {
            if (value is { } v)
            {
                metrics[key] = (double)v;
            }
        }

        Metric("followers", kol.Followers);
        Metric("price_image", kol.PriceImage);
        Metric("price_video", kol.PriceVideo);
        Metric("price", kol.Price);
        Metric("engagement_rate", kol.EngagementRate);

        var text = kol.Name + "｜" + string.Join("｜", kol.Texts);
        return new ExtractedItem("kol:" + number.ToString(CultureInfo.InvariantCulture), "kol", kol.Name, text.TrimEnd('｜'))
        {
            Fields = fields,
            Metrics = metrics,
            Score = score.Score,
        };
    }

    private static TextSection Summary(List<ExtractedItem> items)
    {
        int Count(string tier) => items.Count(i => i.Fields.TryGetValue("tier", out var t) && t == tier);
        string Top(string field) => string.Join("、", items
            .Select(i => i.Fields.GetValueOrDefault(field))
            .Where(v => v is not null)
            .GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(8)
            .Select(g => g.Key));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{items.Count} 位 KOL：头部 {Count(KolScore.Head)}，腰部 {Count(KolScore.Waist)}，尾部 {Count(KolScore.Tail)}。平台：{Top("platform")}。垂类：{Top("vertical")}。");
        return new TextSection("KOL名单", text, "summary");
    }

    private static Core.Errors.ContentRejectedException MissingColumns(ExtractionSource source, List<(SourceTable Table, TableLayout<KolField>? Layout)> located)
    {
        var best = located.Where(l => l.Layout is not null).OrderByDescending(l => l.Layout!.Columns.Count).FirstOrDefault();
        if (best.Layout is null)
        {
            return source.Reject($"KOL list '{source.FileName}' has no header row naming its columns (looked for 昵称, 粉丝数, 平台, 垂类, 报价 … in the first {HeaderLocator.SearchRows} rows)");
        }

        var missing = Required.Where(f => !best.Layout.Columns.ContainsKey(f)).Select(KolSynonyms.Describe);
        var headers = string.Join(", ", best.Layout.Headers.Where(h => h.Length > 0));
        var sheet = best.Table.Sheet is null ? string.Empty : $" (sheet '{best.Table.Sheet}')";
        return source.Reject($"KOL list '{source.FileName}'{sheet} has no {string.Join(" and no ", missing)} column; its header reads: {headers}");
    }

    /// <summary>A unit given in the header, like 粉丝数（万） or 报价(万元): bare numbers in that column are multiplied by it.</summary>
    private static decimal HeaderUnit(string header)
    {
        var match = HeaderUnitPattern().Match(header);
        if (!match.Success)
        {
            return 1m;
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "万" or "w" or "万元" => 10_000m,
            "千" or "k" => 1_000m,
            "亿" => 100_000_000m,
            _ => 1m,
        };
    }

    private static bool IsBareNumber(string text)
    {
        var normalized = ChineseNumber.Normalize(text);
        return normalized.Length > 0 && normalized.All(c => char.IsAsciiDigit(c) || c == '.');
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"(?:[（(\[【]\s*(?:单位\s*[:：]\s*)?(?<unit>万元|万|w|W|千|k|K|亿)\s*[)）\]】])|(?:单位\s*[:：]\s*(?<unit>万元|万|w|W|千|k|K|亿))")]
    private static partial Regex HeaderUnitPattern();
}
