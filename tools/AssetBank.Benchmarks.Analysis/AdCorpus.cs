using System.Text;

namespace AssetBank.Benchmarks.Analysis;

/// <summary>
/// Realistic ad-domain text: the gold set's hand-written sentences (notes, comments, briefs, copy,
/// reports), unsegmented, shuffled with a fixed seed and repeated into paragraphs of a given size.
/// </summary>
public static class AdCorpus
{
    public static string Build(int minimumChars)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "ad-sentences.txt");
        var sentences = File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Replace(" ", "", StringComparison.Ordinal))
            .ToArray();
        if (sentences.Length == 0)
        {
            throw new InvalidOperationException($"No sentences in {path}.");
        }

        var random = new Random(618);
        var text = new StringBuilder(minimumChars + 1024);
        while (text.Length < minimumChars)
        {
            random.Shuffle(sentences);
            foreach (var sentence in sentences.Take(8))
            {
                text.Append(sentence);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
