using AssetBank.Analysis.Chinese.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Analysis.Chinese;

/// <summary>Folds full-width ASCII forms (ＡＢＣ１２３％) to their half-width twins, in place; offsets are untouched.</summary>
public sealed class FullWidthFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public FullWidthFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = CharClassifier.FoldWidth(buffer[i]);
        }

        return true;
    }
}
