using AssetBank.Extraction.Numbers;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// Finds the header among a table's first rows: the row (or pair of rows) whose cells name the most distinct fields.
/// Title rows above it are skipped; a pair is chosen when a second row adds fields — the merged-header case, where
/// 报价 spans 图文 | 视频 below it and the merged cells have been filled.
/// </summary>
internal static class HeaderLocator
{
    /// <summary>How many leading rows may hold the header (title rows, notes, blank-ish rows come first in agency sheets).</summary>
    public const int SearchRows = 12;

    public static TableLayout<TField>? Locate<TField>(SourceTable table, SynonymTable<TField> synonyms)
        where TField : struct, Enum
    {
        var rows = table.Rows;
        var best = (Index: -1, Pair: false, Score: 0);
        for (var i = 0; i < Math.Min(rows.Count, SearchRows); i++)
        {
            var single = Score(Headers(rows[i], null), synonyms);
            if (single > best.Score)
            {
                best = (i, false, single);
            }

            if (i + 1 < rows.Count && SpansSubColumns(rows[i], rows[i + 1]) && !LooksLikeData(rows[i + 1]))
            {
                var pair = Score(Headers(rows[i], rows[i + 1]), synonyms);
                if (pair > single && pair > best.Score)
                {
                    best = (i, true, pair);
                }
            }
        }

        if (best.Index < 0)
        {
            return null;
        }

        var headers = Headers(rows[best.Index], best.Pair ? rows[best.Index + 1] : null);
        var columns = new Dictionary<TField, int>();
        for (var c = 0; c < headers.Count; c++)
        {
            if (synonyms.Resolve(headers[c]) is { } field)
            {
                columns.TryAdd(field, c);
            }
        }

        var title = rows.Take(best.Index)
            .Select(r => r.Cells.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList())
            .FirstOrDefault(values => values.Count == 1)?[0].Trim();
        var headerRows = best.Pair ? 2 : 1;
        return new TableLayout<TField>(headerRows, best.Index + headerRows, columns, headers, title);
    }

    private static int Score<TField>(IReadOnlyList<string> headers, SynonymTable<TField> synonyms)
        where TField : struct, Enum =>
        headers.Select(h => synonyms.Resolve(h)).Where(f => f is not null).Distinct().Count();

    /// <summary>The header text per column: one row's cells, or parent and child joined (<c>报价 图文</c>) where they differ.</summary>
    private static List<string> Headers(SourceRow parent, SourceRow? child)
    {
        var width = Math.Max(parent.Cells.Count, child?.Cells.Count ?? 0);
        var result = new List<string>(width);
        for (var c = 0; c < width; c++)
        {
            var top = parent.Cell(c).Trim();
            var below = child?.Cell(c).Trim() ?? string.Empty;
            result.Add(below.Length == 0 || string.Equals(top, below, StringComparison.Ordinal) ? top
                : top.Length == 0 ? below
                : top + " " + below);
        }

        return result;
    }

    /// <summary>
    /// The signature of a merged parent header: two neighbouring cells of the upper row hold the same text (a merge,
    /// filled) while the lower row names them apart (图文 | 视频), and the upper row is not a title merged across everything.
    /// Without it a data row or a title row could pass for part of the header.
    /// </summary>
    private static bool SpansSubColumns(SourceRow parent, SourceRow child)
    {
        // A title row merged across the whole table is one value, not a parent header.
        if (parent.Cells.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return false;
        }

        for (var c = 0; c + 1 < parent.Cells.Count; c++)
        {
            var top = parent.Cell(c).Trim();
            var left = child.Cell(c).Trim();
            var right = child.Cell(c + 1).Trim();
            if (top.Length > 0 && string.Equals(top, parent.Cell(c + 1).Trim(), StringComparison.Ordinal)
                && left.Length > 0 && right.Length > 0 && !string.Equals(left, right, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A row whose filled cells are mostly numbers is data, not a second header row.</summary>
    private static bool LooksLikeData(SourceRow row)
    {
        var filled = row.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        return filled.Count > 0 && filled.Count(c => ChineseNumber.TryParse(c, out _)) * 2 >= filled.Count;
    }
}
