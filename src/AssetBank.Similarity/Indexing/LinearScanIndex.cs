using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>The baseline: every indexed hash compared with every query hash. Exact, and linear in the library's size.</summary>
public sealed class LinearScanIndex : IImageCandidateIndex
{
    private readonly CodeStore _store = new();
    private readonly Lock _gate = new();

    public int Count => _store.Items;

    /// <summary>Bytes the stored hashes take.</summary>
    public long Bytes => _store.Bytes;

    public void Add(long id, ImageSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsUniform)
        {
            return;
        }

        lock (_gate)
        {
            _store.Add(id, QueryHashes.Indexed(signature));
        }
    }

    /// <summary>Drops spare capacity once every reference is added.</summary>
    public void Trim()
    {
        lock (_gate)
        {
            _store.Trim();
        }
    }

    public IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsUniform || limit <= 0)
        {
            return [];
        }

        var hashes = QueryHashes.Of(query);
        var top = new TopCandidates(limit);
        var items = _store.Items;
        for (var item = 0; item < items; item++)
        {
            top.Offer(_store.Id(item), _store.ItemDistance(item, hashes));
        }

        return top.ToList();
    }
}
