using System.Numerics;
using AssetBank.Core.Similarity.Audio;

namespace AssetBank.Similarity.Audio;

/// <summary>
/// An inverted index from the top <see cref="AudioSimilarityOptions.KeyBits"/> bits of every reference fingerprint
/// value to (track, position). A query votes, per (track, offset), for each of its values whose key a reference value
/// shares; the pairs with the most votes are verified by <see cref="OffsetVerifier"/> over the aligned overlap. The
/// postings are packed into one array (CSR) at the first query, so adding is cheap and querying touches no allocations
/// per posting.
/// </summary>
internal sealed class ChromaprintTrackIndex(AudioSimilarityOptions options) : IAudioTrackIndex
{
    private readonly List<long> _ids = [];
    private readonly List<uint[]> _tracks = [];
    private readonly Lock _gate = new();
    private int[]? _starts;
    private long[]? _postings;

    public int Count => _ids.Count;

    public void Add(long id, IReadOnlyList<uint> fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_gate)
        {
            _ids.Add(id);
            _tracks.Add([.. fingerprint]);
            _starts = null;
            _postings = null;
        }
    }

    public IReadOnlyList<AudioMatch> Match(IReadOnlyList<uint> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var minValues = (int)Math.Ceiling(options.MinMatchSeconds / ChromaprintTiming.SecondsPerValue);
        if (query.Count < minValues || _ids.Count == 0)
        {
            return [];
        }

        var (starts, postings) = Packed();
        var shift = 32 - options.KeyBits;
        var votes = new Dictionary<long, int>(Math.Min(1 << 20, query.Count * 64));
        for (var i = 0; i < query.Count; i++)
        {
            var key = (int)(query[i] >> shift);
            for (var p = starts[key]; p < starts[key + 1]; p++)
            {
                var (track, position) = Unpack(postings[p]);
                // The offset is biased by the query's length so that it is never negative.
                var pair = ((long)track << 32) | (uint)(position - i + query.Count);
                votes[pair] = votes.GetValueOrDefault(pair) + 1;
            }
        }

        var best = new Dictionary<int, AudioMatch>();
        foreach (var (pair, _) in votes.Where(v => v.Value >= options.MinVotes).OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(options.CandidatesPerQuery))
        {
            var track = (int)(pair >> 32);
            var offset = (int)(uint)pair - query.Count;
            if (OffsetVerifier.Verify(query, _tracks[track], offset, options) is not { } found)
            {
                continue;
            }

            var match = found with { ReferenceId = _ids[track] };
            if (!best.TryGetValue(track, out var known) || match.Percent > known.Percent)
            {
                best[track] = match;
            }
        }

        return best.Values.OrderByDescending(m => m.Percent).ThenBy(m => m.ReferenceId).ToList();
    }

    private (int[] Starts, long[] Postings) Packed()
    {
        lock (_gate)
        {
            if (_starts is { } s && _postings is { } p)
            {
                return (s, p);
            }

            var shift = 32 - options.KeyBits;
            var starts = new int[(1 << options.KeyBits) + 1];
            foreach (var track in _tracks)
            {
                foreach (var value in track)
                {
                    starts[(value >> shift) + 1]++;
                }
            }

            for (var k = 1; k < starts.Length; k++)
            {
                starts[k] += starts[k - 1];
            }

            var postings = new long[starts[^1]];
            var fill = (int[])starts.Clone();
            for (var t = 0; t < _tracks.Count; t++)
            {
                var track = _tracks[t];
                for (var position = 0; position < track.Length; position++)
                {
                    postings[fill[track[position] >> shift]++] = ((long)t << 32) | (uint)position;
                }
            }

            _starts = starts;
            _postings = postings;
            return (starts, postings);
        }
    }

    private static (int Track, int Position) Unpack(long posting) => ((int)(posting >> 32), (int)(uint)posting);

    internal static int BitErrors(uint a, uint b) => BitOperations.PopCount(a ^ b);
}
