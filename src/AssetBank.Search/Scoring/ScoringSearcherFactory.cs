using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AssetBank.Search.Scoring;

/// <summary>Gives every searcher the index's scoring, so that query-time and index-time scoring agree.</summary>
internal sealed class ScoringSearcherFactory(Similarity scoring) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = scoring };
}
