using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>The <c>limit</c> nearest references seen so far, nearest first, ties by id (the same order for every index).</summary>
internal sealed class TopCandidates(int limit)
{
    private readonly ImageCandidate[] _best = new ImageCandidate[Math.Max(limit, 0)];
    private int _count;

    public bool IsFull => _count == _best.Length;

    /// <summary>Distance of the last kept candidate; meaningful once <see cref="IsFull"/>.</summary>
    public int Worst => _count == 0 ? Hash256.Bits + 1 : _best[_count - 1].Distance;

    /// <summary>Keeps <paramref name="id"/> if it is among the nearest; a reference offered again keeps its smaller distance.</summary>
    public void Offer(long id, int distance)
    {
        if (_best.Length == 0 || (IsFull && !Before(distance, id, _best[_count - 1])))
        {
            return;
        }

        var known = 0;
        while (known < _count && _best[known].Id != id)
        {
            known++;
        }

        if (known < _count)
        {
            if (_best[known].Distance <= distance)
            {
                return;
            }

            Array.Copy(_best, known + 1, _best, known, _count - known - 1);
            _count--;
        }

        var at = Math.Min(_count, _best.Length - 1);
        while (at > 0 && Before(distance, id, _best[at - 1]))
        {
            _best[at] = _best[at - 1];
            at--;
        }

        _best[at] = new ImageCandidate(id, distance);
        _count = Math.Min(_count + 1, _best.Length);
    }

    public List<ImageCandidate> ToList() => [.. _best.AsSpan(0, _count)];

    private static bool Before(int distance, long id, ImageCandidate other) =>
        distance < other.Distance || (distance == other.Distance && id < other.Id);
}
