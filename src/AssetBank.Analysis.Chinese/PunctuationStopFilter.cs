using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// Drops the tokens <see cref="ChineseTokenizer"/> typed as punctuation. Unlike a stop filter it leaves
/// no position gap: punctuation never had a position of its own in the text a user reads, and
/// StandardTokenizer-based fields do not have gaps there either.
/// </summary>
public sealed class PunctuationStopFilter : TokenFilter
{
    private readonly ITypeAttribute _type;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public PunctuationStopFilter(TokenStream input)
        : base(input)
    {
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (!string.Equals(_type.Type, ChineseTokenTypes.Punctuation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
