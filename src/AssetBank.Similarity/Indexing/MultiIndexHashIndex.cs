using System.Numerics;
using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>
/// Multi-index hashing (Norouzi et al.): each 256-bit code is cut into 16 chunks of 16 bits, each chunk keyed in its
/// own table. By the pigeonhole principle a code within distance 16·(r+1)−1 of the query agrees with it to within r
/// bits in at least one chunk, so probing every chunk at radius 0, 1, … r finds all such codes while touching only
/// a small share of the library. Probing stops at the first radius that has proven enough candidates.
/// </summary>
public sealed class MultiIndexHashIndex : IImageCandidateIndex
{
    private const int Chunks = 16;
    private static readonly ushort[][] MasksByWeight = BuildMasks(4);

    private readonly int _maxChunkRadius;
    private readonly List<Hash256> _codes = [];
    private readonly List<int> _itemOfCode = [];
    private readonly List<long> _ids = [];
    private readonly HashSet<long> _known = [];
    private readonly List<int>?[][] _tables;
    private readonly Lock _gate = new();
    private int[] _seen = [];
    private int _stamp;

    /// <param name="maxChunkRadius">Deepest probe, 0–4: every code within 16·(radius+1)−1 bits is guaranteed to be seen.</param>
    public MultiIndexHashIndex(int maxChunkRadius = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxChunkRadius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkRadius, MasksByWeight.Length - 1);
        _maxChunkRadius = maxChunkRadius;
        _tables = new List<int>?[Chunks][];
        for (var c = 0; c < Chunks; c++)
        {
            _tables[c] = new List<int>?[ushort.MaxValue + 1];
        }
    }

    public int Count => _ids.Count;

    public void Add(long id, ImageSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        lock (_gate)
        {
            AddLocked(id, signature);
        }
    }

    /// <summary>Safe to call from several threads; probes take turns (they are short next to verification).</summary>
    public IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return QueryLocked(query, limit);
        }
    }

    private void AddLocked(long id, ImageSignature signature)
    {
        if (signature.IsUniform || !_known.Add(id))
        {
            return;
        }

        var item = _ids.Count;
        _ids.Add(id);
        foreach (var code in QueryHashes.Indexed(signature))
        {
            var index = _codes.Count;
            _codes.Add(code);
            _itemOfCode.Add(item);
            for (var c = 0; c < Chunks; c++)
            {
                (_tables[c][code.Chunk(c)] ??= []).Add(index);
            }
        }
    }

    private List<ImageCandidate> QueryLocked(ImageSignature query, int limit)
    {
        if (query.IsUniform || limit <= 0 || _ids.Count == 0)
        {
            return [];
        }

        var hashes = QueryHashes.Of(query);
        var stamp = NextStamp();
        var best = new Dictionary<int, int>();
        for (var radius = 0; radius <= _maxChunkRadius; radius++)
        {
            foreach (var hash in hashes)
            {
                for (var c = 0; c < Chunks; c++)
                {
                    var chunk = hash.Chunk(c);
                    var table = _tables[c];
                    foreach (var mask in MasksByWeight[radius])
                    {
                        var bucket = table[chunk ^ mask];
                        if (bucket is null)
                        {
                            continue;
                        }

                        foreach (var code in bucket)
                        {
                            if (_seen[code] == stamp)
                            {
                                continue;
                            }

                            _seen[code] = stamp;
                            var distance = QueryHashes.Distance(hashes, _codes[code]);
                            var item = _itemOfCode[code];
                            if (!best.TryGetValue(item, out var known) || distance < known)
                            {
                                best[item] = distance;
                            }
                        }
                    }
                }
            }

            // Everything closer than this bound has now been seen.
            var proven = Chunks * (radius + 1);
            if (best.Values.Count(d => d < proven) >= limit)
            {
                break;
            }
        }

        return best.OrderBy(p => p.Value).ThenBy(p => _ids[p.Key]).Take(limit).Select(p => new ImageCandidate(_ids[p.Key], p.Value)).ToList();
    }

    private int NextStamp()
    {
        if (_seen.Length < _codes.Count)
        {
            _seen = new int[Math.Max(_codes.Count, _seen.Length * 2)];
            _stamp = 0;
        }

        return ++_stamp;
    }

    private static ushort[][] BuildMasks(int maxWeight)
    {
        var byWeight = new List<ushort>[maxWeight + 1];
        for (var w = 0; w <= maxWeight; w++)
        {
            byWeight[w] = [];
        }

        for (var mask = 0; mask <= ushort.MaxValue; mask++)
        {
            var weight = BitOperations.PopCount((uint)mask);
            if (weight <= maxWeight)
            {
                byWeight[weight].Add((ushort)mask);
            }
        }

        return byWeight.Select(list => list.ToArray()).ToArray();
    }
}
