using System.Text;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>RFC 4180 CSV as Excel writes it: CRLF rows, fields quoted only when they contain a comma, quote or line break.</summary>
internal static class CsvText
{
    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                builder.Append(Field(row[i]));
            }

            builder.Append("\r\n");
        }

        return builder.ToString();
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
