using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Copy;

/// <summary>
/// The sentence of each normalised character: sentences end at 。！？；：, their ASCII forms, an ellipsis and line
/// breaks in the original text (a colon ends a label such as 主标题： or 口号：). Commas do not end one, so a two-clause
/// slogan is one sentence.
/// </summary>
internal sealed class Sentences
{
    private readonly int[] _sentenceOf;
    private readonly int[] _lengths;

    private Sentences(int[] sentenceOf, int[] lengths) => (_sentenceOf, _lengths) = (sentenceOf, lengths);

    public static Sentences Of(CopyFingerprint print)
    {
        var breaksBefore = new int[print.Original.Length + 1];
        for (var i = 0; i < print.Original.Length; i++)
        {
            breaksBefore[i + 1] = breaksBefore[i] + (print.Original[i] is '。' or '！' or '？' or '；' or '：' or '…' or '!' or '?' or ';' or ':' or '\n' or '\r' ? 1 : 0);
        }

        var sentenceOf = print.Offsets.Select(o => breaksBefore[o]).ToArray();
        var lengths = new int[breaksBefore[^1] + 1];
        foreach (var sentence in sentenceOf)
        {
            lengths[sentence]++;
        }

        return new Sentences(sentenceOf, lengths);
    }

    /// <summary>The sentence of normalised position <paramref name="position"/>.</summary>
    public int Of(int position) => _sentenceOf[position];

    /// <summary>Normalised characters in sentence <paramref name="sentence"/>.</summary>
    public int Length(int sentence) => _lengths[sentence];
}
