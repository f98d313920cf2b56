using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AssetBank.Search.Indexing;

/// <summary>The one writer of the index and the near-real-time searcher manager opened on it.</summary>
internal sealed class IndexHandle(IndexWriter writer, SearcherManager searchers)
{
    public IndexWriter Writer { get; } = writer;

    public SearcherManager Searchers { get; } = searchers;
}
