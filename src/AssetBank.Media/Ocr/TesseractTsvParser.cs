using System.Globalization;

namespace AssetBank.Media.Ocr;

/// <summary>Reads tesseract's <c>tsv</c> output (12 tab-separated columns, level 5 rows are words) into <see cref="OcrWord"/>s.</summary>
public static class TesseractTsvParser
{
    private const int WordLevel = 5;

    public static IReadOnlyList<OcrWord> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new List<OcrWord>();
        foreach (var rawLine in tsv.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var fields = line.Split('\t');
            if (fields.Length < 12 || !Int(fields[0], out var level) || level != WordLevel)
            {
                continue; // header, page/block/line rows, blank lines
            }

            var text = string.Join('\t', fields[11..]).Trim();
            if (text.Length == 0
                || !Int(fields[1], out var page) || !Int(fields[2], out var block) || !Int(fields[3], out var paragraph)
                || !Int(fields[4], out var lineNumber) || !Int(fields[6], out var left) || !Int(fields[7], out var top)
                || !Int(fields[8], out var width) || !Int(fields[9], out var height)
                || !double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence)
                || confidence < 0)
            {
                continue;
            }

            words.Add(new OcrWord(page, block, paragraph, lineNumber, left, top, width, height, confidence, text));
        }

        return words;
    }

    private static bool Int(string field, out int value) =>
        int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
