using Lucene.Net.Search.Similarities;

namespace AssetBank.Search.Scoring;

/// <summary>BM25 for text fields, <see cref="ConfidenceScoring"/> for dimension fields.</summary>
internal sealed class RelevanceScoring : PerFieldSimilarityWrapper
{
    private readonly BM25Similarity _text = new();
    private readonly ConfidenceScoring _dimension = new();

    public override Similarity Get(string name) => SearchFields.IsDimensionField(name) ? _dimension : _text;

    /// <summary>
    /// Ranked partial matching: a query's parts are optional clauses, and a document matching more of them ranks
    /// higher by the share it matches (queries that must not rank this way are built with coord disabled).
    /// </summary>
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : (float)overlap / maxOverlap;
}
