namespace AssetBank.Similarity.Copy;

/// <summary>
/// Winnowing over n-gram hashes: in every window of <c>window</c> consecutive n-grams the smallest hash (the rightmost
/// on a tie) is an anchor. Two texts sharing a run of <c>window</c> n-grams select the same anchor in it, so a shared
/// passage of <c>window + n − 1</c> characters always shows up as a shared anchor, at about two anchors per
/// <c>window + 1</c> characters of text.
/// </summary>
public static class CopyAnchors
{
    public static ulong[] Of(ulong[] shingles, int window)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (shingles.Length == 0)
        {
            return [];
        }

        var anchors = new HashSet<ulong>();
        var last = -1;
        var span = Math.Min(window, shingles.Length);
        for (var start = 0; start + span <= shingles.Length; start++)
        {
            var at = start;
            for (var i = start + 1; i < start + span; i++)
            {
                if (shingles[i] <= shingles[at])
                {
                    at = i;
                }
            }

            if (at != last)
            {
                anchors.Add(shingles[at]);
                last = at;
            }
        }

        var sorted = anchors.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
