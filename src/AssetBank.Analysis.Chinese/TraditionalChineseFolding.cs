using AssetBank.Analysis.Chinese.Segmentation;
using Lucene.Net.Analysis.CharFilters;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// Folds traditional Chinese to simplified with OpenCC's phrase and character tables (embedded, see
/// Resources/NOTICE.md): 閨蜜 口紅 試色 → 闺蜜 口红 试色. Longest match first, so a phrase entry wins over its
/// characters; where OpenCC lists several simplified forms the first is taken. Applied to documents and queries
/// alike, a one-way folding only has to be consistent, not perfect.
/// </summary>
public static class TraditionalChineseFolding
{
    private static readonly Lazy<(NormalizeCharMap Map, HashSet<char> Starts)> Tables = new(Load);

    /// <summary>The mapping for a <see cref="MappingCharFilter"/> in front of a tokenizer (offsets stay on the original text).</summary>
    public static NormalizeCharMap CharMap => Tables.Value.Map;

    /// <summary>A reader that folds <paramref name="reader"/> as it is read.</summary>
    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(CharMap, reader);

    /// <summary>The simplified form of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = Tables.Value.Starts;
        if (!text.Any(starts.Contains))
        {
            return text;
        }

        // Lucene's char filters end with -1 as Java readers do, which TextReader.ReadToEnd does not expect.
        using var filter = new MappingCharFilter(CharMap, new StringReader(text));
        var folded = new System.Text.StringBuilder(text.Length);
        var buffer = new char[Math.Clamp(text.Length, 16, 4096)];
        int read;
        while ((read = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            folded.Append(buffer, 0, read);
        }

        return folded.ToString();
    }

    private static (NormalizeCharMap, HashSet<char>) Load()
    {
        var builder = new NormalizeCharMap.Builder();
        var starts = new HashSet<char>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in new[] { EmbeddedData.OpenCcPhrases, EmbeddedData.OpenCcCharacters })
        {
            foreach (var line in EmbeddedData.ReadText(resource).Split('\n'))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    continue;
                }

                var traditional = line[..tab];
                var simplified = line[(tab + 1)..].Trim().Split(' ', 2)[0];
                if (simplified.Length == 0 || simplified == traditional || !seen.Add(traditional))
                {
                    continue;
                }

                builder.Add(traditional, simplified);
                starts.Add(traditional[0]);
            }
        }

        return (builder.Build(), starts);
    }
}
