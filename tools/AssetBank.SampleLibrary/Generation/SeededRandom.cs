using System.Text;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>
/// One <see cref="Random"/> per scope, derived from the seed with a stable hash (string.GetHashCode is
/// randomised per process), so adding draws in one generator does not shift the numbers of another.
/// </summary>
internal static class SeededRandom
{
    public static Random For(int seed, string scope)
    {
        // FNV-1a over the scope's UTF-8 bytes, mixed with the seed.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var b in Encoding.UTF8.GetBytes(scope))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return new Random((int)(hash & 0x7fffffff));
    }
}
