using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Search.Indexing;

/// <summary>Emits each term as many times as its frequency, so the postings carry the tag confidence (see <see cref="Scoring.ConfidenceScale"/>).</summary>
internal sealed class ConfidenceTokenStream : TokenStream
{
    private readonly IReadOnlyList<KeyValuePair<string, int>> _terms;
    private readonly ICharTermAttribute _term;
    private int _index;
    private int _emitted;

    public ConfidenceTokenStream(IReadOnlyList<KeyValuePair<string, int>> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_index < _terms.Count && _emitted >= _terms[_index].Value)
        {
            _index++;
            _emitted = 0;
        }

        if (_index >= _terms.Count)
        {
            return false;
        }

        if (_emitted == 0)
        {
            // Only the term attribute is used and repeats are identical: set it once per term.
            ClearAttributes();
            _term.SetEmpty().Append(_terms[_index].Key);
        }

        _emitted++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _index = 0;
        _emitted = 0;
    }
}
