using System.Numerics;
using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>
/// Multi-index hashing (Norouzi et al.): each 256-bit hash is cut into m chunks (m from the library's size, see
/// <see cref="ChunkTables.WidthFor"/>), each chunk keyed in its own table. By the pigeonhole principle a hash within
/// m·(r+1)−1 bits of the query agrees with it to within r bits in at least one chunk, so probing every chunk at
/// radius 0, 1, … r finds all such hashes while touching a small share of the library.
/// <para>
/// A query verifies each hash it finds (four POPCNTs per query hash), keeps the <c>limit</c> nearest references and
/// stops as soon as they are proven the true nearest (the farthest kept is closer than the radius probed so far
/// guarantees), after <c>maxChunkRadius</c>, or once <c>maxVerified</c> hashes are verified. Probes go one flip
/// pattern at a time across all chunks and query hashes, so a budget cut leaves every chunk probed equally deep.
/// </para>
/// The tables are built on the first query after references were added (adding is a bulk load, then queries);
/// queries are safe from several threads at once and take no lock once built.
/// </summary>
public sealed class MultiIndexHashIndex : IImageCandidateIndex
{
    private const int MaxSupportedRadius = 4;

    private readonly int _maxChunkRadius;
    private readonly int _maxVerified;
    private readonly int _chunkBits;
    private readonly CodeStore _store = new();
    private readonly Lock _gate = new();
    private volatile ChunkTables? _tables;
    private uint[][]? _masks;

    /// <param name="maxChunkRadius">Deepest probe, 0–4, in bits per chunk.</param>
    /// <param name="maxVerified">Most hashes verified per query: bounds the time of a query that finds no close match.</param>
    /// <param name="chunkBits">Widest chunk, 8–22 bits; 0 (the default) chooses it from the library's size.</param>
    public MultiIndexHashIndex(int maxChunkRadius = 2, int maxVerified = int.MaxValue, int chunkBits = 0)
    {
        if (chunkBits != 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(chunkBits, 8);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkBits, 22);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxChunkRadius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkRadius, MaxSupportedRadius);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxVerified);
        _maxChunkRadius = maxChunkRadius;
        _maxVerified = maxVerified;
        _chunkBits = chunkBits;
    }

    public int Count => _store.Items;

    /// <summary>Chunks per hash in the current tables (0 before the first query).</summary>
    public int Chunks => _tables?.Chunks ?? 0;

    /// <summary>Bytes the hashes and tables take.</summary>
    public long Bytes => _store.Bytes + (_tables?.Bytes ?? 0);

    /// <summary>Every hash within this many bits of a query hash is found when the probe completes its radius.</summary>
    public int GuaranteedDistance => (Chunks * (_maxChunkRadius + 1)) - 1;

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

    public IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit) => Query(query, limit, _maxVerified);

    /// <summary>As <see cref="Query(ImageSignature, int)"/> with its own budget of verified hashes.</summary>
    public IReadOnlyList<ImageCandidate> Query(ImageSignature query, int limit, int maxVerified)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxVerified);
        if (query.IsUniform || limit <= 0)
        {
            return [];
        }

        var tables = CurrentTables();
        if (tables.Items == 0)
        {
            return [];
        }

        var hashes = QueryHashes.Of(query);
        var keys = new uint[hashes.Length * tables.Chunks];
        for (var h = 0; h < hashes.Length; h++)
        {
            for (var c = 0; c < tables.Chunks; c++)
            {
                keys[(h * tables.Chunks) + c] = tables.Key(hashes[h], c);
            }
        }

        var itemOf = tables.ItemOfCode;
        var top = new TopCandidates(limit);
        var verified = 0;
        var masks = _masks!;
        for (var radius = 0; radius <= _maxChunkRadius && verified < maxVerified; radius++)
        {
            foreach (var mask in masks[radius])
            {
                for (var c = 0; c < tables.Chunks; c++)
                {
                    if (!tables.Fits(mask, c))
                    {
                        continue;
                    }

                    for (var h = 0; h < hashes.Length; h++)
                    {
                        var bucket = tables.Bucket(c, keys[(h * tables.Chunks) + c] ^ mask);
                        verified += bucket.Length;
                        foreach (var code in bucket)
                        {
                            var distance = _store.CodeDistance(code, hashes);
                            if (!top.IsFull || distance <= top.Worst)
                            {
                                top.Offer(itemOf[code], distance);
                            }
                        }
                    }
                }

                if (verified >= maxVerified)
                {
                    break;
                }
            }

            // Every hash closer than this bound has now been seen: the kept ones are the true nearest.
            if (top.IsFull && top.Worst < tables.Chunks * (radius + 1))
            {
                break;
            }
        }

        // A kept reference was ranked by the hashes probing reached; report its distance over all its hashes.
        return [.. top.ToList()
            .Select(kept => new ImageCandidate(_store.Id((int)kept.Id), _store.ItemDistance((int)kept.Id, hashes)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Id)];
    }

    private ChunkTables CurrentTables()
    {
        var tables = _tables;
        if (tables is not null && tables.Items == _store.Items)
        {
            return tables;
        }

        lock (_gate)
        {
            tables = _tables;
            if (tables is null || tables.Items != _store.Items)
            {
                _store.Trim();
                tables = ChunkTables.Build(_store, _chunkBits);
                _masks = Masks(tables.MaxWidth, _maxChunkRadius);
                _tables = tables;
            }

            return tables;
        }
    }

    /// <summary>Flip patterns of a chunk by the number of bits they flip, 0 to <paramref name="radius"/>.</summary>
    private static uint[][] Masks(int width, int radius)
    {
        var byWeight = new uint[radius + 1][];
        byWeight[0] = [0];
        for (var weight = 1; weight <= radius; weight++)
        {
            var next = new List<uint>();
            foreach (var mask in byWeight[weight - 1])
            {
                // Extend each pattern by one bit above its highest: every pattern of this weight exactly once.
                var from = mask == 0 ? 0 : 32 - BitOperations.LeadingZeroCount(mask);
                for (var bit = from; bit < width; bit++)
                {
                    next.Add(mask | (1u << bit));
                }
            }

            byWeight[weight] = [.. next];
        }

        return byWeight;
    }
}
