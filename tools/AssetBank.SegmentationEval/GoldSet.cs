namespace AssetBank.SegmentationEval;

/// <summary>
/// Reads a gold file: UTF-8, one sentence per line, words separated by single spaces; blank lines
/// and lines starting with # are skipped. The sentence is the words concatenated.
/// </summary>
internal static class GoldSet
{
    public static IReadOnlyList<GoldSentence> Load(string path)
    {
        var sentences = new List<GoldSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith(' ') || line.EndsWith(' ') || line.Contains("  ", StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal))
            {
                throw new FormatException($"{path}:{lineNumber}: words must be separated by single spaces, with none at either end.");
            }

            var words = line.Split(' ');
            for (var i = 1; i < words.Length; i++)
            {
                // Concatenation would glue two Latin or digit words into one: such a sentence cannot be scored.
                if (char.IsAsciiLetterOrDigit(words[i - 1][^1]) && char.IsAsciiLetterOrDigit(words[i][0]))
                {
                    throw new FormatException($"{path}:{lineNumber}: '{words[i - 1]}' and '{words[i]}' would merge when the words are joined.");
                }
            }

            sentences.Add(new GoldSentence(lineNumber, words));
        }

        return sentences;
    }
}
