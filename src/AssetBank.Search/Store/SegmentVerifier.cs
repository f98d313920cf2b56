using Lucene.Net.Search;

namespace AssetBank.Search.Store;

/// <summary>
/// Checks the checksums of segments not checked before, off the search path: damage that no query happens to read
/// (random bytes in a stored field or a posting list) is found at once rather than as wrong results. Only segments that
/// come in through reader mode are checked, not those this process writes.
/// </summary>
internal sealed class SegmentVerifier(Action<string, Exception> corrupt)
{
    private readonly HashSet<object> _verified = [];
    private readonly System.Threading.Lock _gate = new();
    private Task _verification = Task.CompletedTask;

    public Task Verification => Volatile.Read(ref _verification);

    public void VerifyInBackground(SearcherManager manager)
    {
        var searcher = manager.Acquire();
        List<Lucene.Net.Index.AtomicReaderContext> leaves;
        lock (_gate)
        {
            leaves = searcher.IndexReader.Leaves.Where(l => _verified.Add(l.AtomicReader.CoreCacheKey)).ToList();
        }

        if (leaves.Count == 0)
        {
            manager.Release(searcher);
            return;
        }

        var previous = Volatile.Read(ref _verification);
        Volatile.Write(ref _verification, Task.Run(async () =>
        {
            try
            {
                await previous.ConfigureAwait(false);
                foreach (var leaf in leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }
            catch (Exception ex) when (IndexCorruption.MayBe(ex))
            {
                corrupt(IndexCorruption.Describe(ex), ex);
            }
            finally
            {
                manager.Release(searcher);
            }
        }));
    }
}
