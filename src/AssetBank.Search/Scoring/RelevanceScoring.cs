using Lucene.Net.Search.Similarities;

namespace AssetBank.Search.Scoring;

/// <summary>BM25 for text fields, <see cref="ConfidenceScoring"/> for dimension fields.</summary>
internal sealed class RelevanceScoring : PerFieldSimilarityWrapper
{
    private readonly BM25Similarity _text = new();
    private readonly ConfidenceScoring _dimension = new();

    public override Similarity Get(string name) => SearchFields.IsDimensionField(name) ? _dimension : _text;
}
