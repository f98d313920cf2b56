using AssetBank.Core.Search;
using AssetBank.Search.Store;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AssetBank.Search.Writing;

/// <summary>Opens the index writer with AssetBank's settings and turns Lucene's refusals into domain errors.</summary>
internal static class IndexWriters
{
    public static IndexWriter Open(IndexStore store, SearchOptions options, Analyzer analyzer, Similarity scoring, OpenMode mode)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = mode,
            RAMBufferSizeMB = options.RamBufferSizeMB,
            Similarity = scoring,

            // Fewer segments than Lucene's default of 10 per tier: query time grows with the segment count (one term
            // lookup per segment per query term), and near-real-time ingestion flushes a small segment per batch.
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = options.SegmentsPerTier, MaxMergeAtOnce = options.SegmentsPerTier },
        };
        try
        {
            return new IndexWriter(store.Directory, config);
        }
        catch (LockObtainFailedException ex)
        {
            throw new SearchIndexException(store.Path, FolderWriteCheck.Problem(store.Path) ?? "is locked by another process (is another AssetBank instance writing to it?)", ex);
        }
        catch (Exception ex) when (IndexCorruption.MayBe(ex))
        {
            store.MarkCorrupt(IndexCorruption.Describe(ex), ex);
            throw store.CorruptException(ex);
        }
    }
}
