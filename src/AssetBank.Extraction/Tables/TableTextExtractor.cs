using AssetBank.Core.Extraction;
using AssetBank.Extraction.TextFiles;

namespace AssetBank.Extraction.Tables;

/// <summary>
/// A table that is neither a KOL list nor a social export (a copy sheet, a shot list): the first row is taken as the
/// header and each row becomes a line of "header: value" pairs, so its words are searchable.
/// </summary>
internal static class TableTextExtractor
{
    public static ExtractedContent Extract(ExtractionSource source, TableContent content, CancellationToken cancellationToken)
    {
        var builder = new SectionBuilder(source.Options.MaxTextChars);
        foreach (var table in content.Tables)
        {
            if (table.Rows.Count == 0)
            {
                continue;
            }

            var header = table.Rows[0].Cells;
            var heading = table.Sheet;
            var started = false;
            foreach (var row in table.Rows.Skip(1))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (builder.Truncated)
                {
                    // Past the text limit every further line is dropped anyway; building them is work for nothing.
                    break;
                }

                var pairs = row.Cells
                    .Select((value, c) => (Header: c < header.Count ? header[c].Trim() : string.Empty, Value: value.Trim()))
                    .Where(p => p.Value.Length > 0)
                    .Select(p => p.Header.Length > 0 ? $"{p.Header}: {p.Value}" : p.Value);
                var line = string.Join("；", pairs);
                if (line.Length == 0)
                {
                    continue;
                }

                if (!started && heading is not null)
                {
                    builder.StartHeading(heading, row.Label);
                    started = true;
                }

                builder.AddParagraph(line, row.Label);
            }
        }

        if (builder.Truncated)
        {
            source.Warnings.Add($"text cut at the limit of {source.Options.MaxTextChars:N0} characters (Extraction:MaxTextChars)");
        }

        return new ExtractedContent { Title = content.Title, Sections = builder.Build(), Encoding = content.Encoding };
    }
}
