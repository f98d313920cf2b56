using System.Text;

namespace AssetBank.SampleLibrary.Media;

/// <summary>
/// Escaping for values inside an ffmpeg filtergraph. A value passes two parsers: the graph parser, which
/// splits on <c>[ ] , ;</c>, and then the filter's option parser, which splits on <c>: =</c>. Both
/// strip one level of backslash escaping, so a value is escaped for the option level first and the
/// result again for the graph level.
/// </summary>
internal static class FilterEscaping
{
    /// <summary>Escapes <paramref name="value"/> for use as <c>key=value</c> in a filter of a filtergraph.</summary>
    public static string OptionValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Escape(Escape(value, "\\':="), "\\'[],;");
    }

    private static string Escape(string value, string special)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
