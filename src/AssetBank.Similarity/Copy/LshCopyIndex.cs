using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Copy;

/// <summary>
/// MinHash LSH: each signature is cut into bands of a few values and every band is a hash-table key, so texts whose
/// n-gram sets overlap strongly share at least one band with high probability (0.5 Jaccard → 99 % with 42 bands of 3).
/// A reference contained in longer new copy is found through windows of the query at the indexed references'
/// lengths; near-duplicate whole texts also through a SimHash table (four 16-bit blocks: any hash within 3 bits
/// shares a block). A passage lifted whole in either direction (a slogan out of a long brochure, or a reference slogan
/// inside a long new text) is found through the passage anchors both texts share: an inverted index from anchor to
/// references, where an anchor held by very many references (a stock phrase) is not followed.
/// </summary>
public sealed class LshCopyIndex(MinHasher hasher, CopySimilarityOptions options) : ICopyCandidateIndex
{
    private const int SimHashBlocks = 4;

    private readonly Dictionary<ulong, List<long>>[] _bands = Enumerable.Range(0, options.Bands).Select(_ => new Dictionary<ulong, List<long>>()).ToArray();
    private readonly Dictionary<ushort, List<(long Id, ulong Hash)>>[] _simHashes = Enumerable.Range(0, SimHashBlocks).Select(_ => new Dictionary<ushort, List<(long, ulong)>>()).ToArray();
    private readonly SortedSet<int> _lengths = [];
    private readonly Dictionary<ulong, List<long>> _anchors = [];

    public int Count { get; private set; }

    public void Add(long id, CopySignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length == 0)
        {
            return;
        }

        for (var band = 0; band < _bands.Length; band++)
        {
            var key = BandKey(signature.MinHash, band);
            if (!_bands[band].TryGetValue(key, out var ids))
            {
                _bands[band][key] = ids = [];
            }

            ids.Add(id);
        }

        for (var block = 0; block < SimHashBlocks; block++)
        {
            var key = (ushort)(signature.SimHash >> (block * 16));
            if (!_simHashes[block].TryGetValue(key, out var entries))
            {
                _simHashes[block][key] = entries = [];
            }

            entries.Add((id, signature.SimHash));
        }

        foreach (var anchor in signature.Anchors)
        {
            if (!_anchors.TryGetValue(anchor, out var holders))
            {
                _anchors[anchor] = holders = [];
            }

            if (holders.Count <= options.MaxAnchorReferences)
            {
                holders.Add(id);
            }
        }

        _lengths.Add(WindowFor(signature.Length));
        Count++;
    }

    public IReadOnlyList<long> Query(CopyFingerprint query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var found = new HashSet<long>();
        if (query.Shingles.Length == 0 || Count == 0)
        {
            return [];
        }

        Look(query.Signature.MinHash, found);
        for (var block = 0; block < SimHashBlocks; block++)
        {
            if (_simHashes[block].TryGetValue((ushort)(query.Signature.SimHash >> (block * 16)), out var entries))
            {
                foreach (var (id, hash) in entries)
                {
                    if (SimHasher.Distance(hash, query.Signature.SimHash) <= options.SimHashMaxDistance)
                    {
                        found.Add(id);
                    }
                }
            }
        }

        found.UnionWith(AnchorCandidates(query.Signature.Anchors));
        var table = hasher.Table(query.Shingles);
        foreach (var window in _lengths)
        {
            var span = Math.Max(1, window - options.ShingleLength + 1);
            if (span >= query.Shingles.Length)
            {
                break;
            }

            // A step of a quarter window puts any reference up to three quarters of the window inside one window whole.
            var step = Math.Max(1, span / 4);
            for (var start = 0; ; start += step)
            {
                var count = Math.Min(span, query.Shingles.Length - start);
                Look(hasher.Signature(table, start, count), found);
                if (start + count >= query.Shingles.Length)
                {
                    break;
                }
            }
        }

        return found.ToList();
    }

    /// <summary>The window length (a step of a geometric ladder) whose three quarters hold a reference of this length.</summary>
    internal static int WindowFor(int referenceLength)
    {
        var window = 8.0;
        while (window * 0.75 < referenceLength)
        {
            window *= 1.5;
        }

        return (int)Math.Ceiling(window);
    }

    private IEnumerable<long> AnchorCandidates(ulong[] anchors)
    {
        var shared = new Dictionary<long, int>();
        foreach (var anchor in anchors)
        {
            // A list that reached the cap is a stock phrase's: following it would propose half the library.
            if (_anchors.TryGetValue(anchor, out var holders) && holders.Count <= options.MaxAnchorReferences)
            {
                foreach (var id in holders)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        return shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(options.MaxAnchorCandidates).Select(p => p.Key);
    }

    private void Look(uint[] signature, HashSet<long> found)
    {
        for (var band = 0; band < _bands.Length; band++)
        {
            if (_bands[band].TryGetValue(BandKey(signature, band), out var ids))
            {
                found.UnionWith(ids);
            }
        }
    }

    private ulong BandKey(uint[] signature, int band)
    {
        var key = (ulong)band;
        for (var row = 0; row < options.RowsPerBand; row++)
        {
            key = CopyShingles.Mix(key ^ signature[(band * options.RowsPerBand) + row]);
        }

        return key;
    }
}
