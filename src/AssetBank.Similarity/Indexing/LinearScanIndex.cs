using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>The baseline: every indexed hash compared with every query hash. Exact, and linear in the library's size.</summary>
public sealed class LinearScanIndex : IImageCandidateIndex
{
    private readonly List<(long Id, Hash256 Code)> _codes = [];
    private readonly HashSet<long> _ids = [];

    public int Count => _ids.Count;

    public void Add(long id, ImageSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsUniform || !_ids.Add(id))
        {
            return;
        }

        foreach (var code in QueryHashes.Indexed(signature))
        {
            _codes.Add((id, code));
        }
    }

    public IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsUniform)
        {
            return [];
        }

        var hashes = QueryHashes.Of(query);
        var best = new Dictionary<long, int>();
        foreach (var (id, code) in _codes)
        {
            var distance = QueryHashes.Distance(hashes, code);
            if (!best.TryGetValue(id, out var known) || distance < known)
            {
                best[id] = distance;
            }
        }

        return best.OrderBy(p => p.Value).ThenBy(p => p.Key).Take(limit).Select(p => new ImageCandidate(p.Key, p.Value)).ToList();
    }
}
