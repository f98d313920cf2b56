namespace AssetBank.Similarity.Copy;

/// <summary>Character n-grams of normalised text, each as a 64-bit hash, one per starting position.</summary>
public static class CopyShingles
{
    /// <summary>Hashes of the n-grams of length <paramref name="length"/>; a text shorter than that is one shingle, an empty one none.</summary>
    public static ulong[] Of(string normalized, int length)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length == 0)
        {
            return [];
        }

        if (normalized.Length <= length)
        {
            return [Hash(normalized.AsSpan())];
        }

        var shingles = new ulong[normalized.Length - length + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Hash(normalized.AsSpan(i, length));
        }

        return shingles;
    }

    /// <summary>FNV-1a over the UTF-16 units, finished with a SplitMix64 mix so every bit depends on every character.</summary>
    public static ulong Hash(ReadOnlySpan<char> characters)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in characters)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
