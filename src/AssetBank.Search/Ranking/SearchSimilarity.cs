using Lucene.Net.Search.Similarities;

namespace AssetBank.Search.Ranking;

/// <summary>BM25 for text fields, <see cref="ConfidenceSimilarity"/> for dimension fields.</summary>
internal sealed class SearchSimilarity : PerFieldSimilarityWrapper
{
    private readonly BM25Similarity _text = new();
    private readonly ConfidenceSimilarity _dimension = new();

    public override Similarity Get(string name) => SearchFields.IsDimensionField(name) ? _dimension : _text;
}
