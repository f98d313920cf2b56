using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity.Copy;

/// <summary>
/// Copy similarity: character n-gram shingles of normalised text, MinHash and SimHash signatures for candidates, and
/// verification by the passages both texts share. The score is the larger of two coverages — how much of the
/// reference is found again in the new copy (a slogan inside a longer text), and how much of the new copy repeats the
/// reference (an excerpt) — with swapped words between two passages half credited, and calibrated so that
/// <see cref="CopySimilarityOptions.CoverageAt85"/> reads as 85 %.
/// </summary>
public sealed class CopySimilarityEngine(IOptions<CopySimilarityOptions> options) : ICopySimilarity
{
    private readonly CopySimilarityOptions _options = options.Value;
    private readonly MinHasher _hasher = new(options.Value.Functions);

    public CopyFingerprint Describe(string text)
    {
        var (normalized, offsets) = CopyTextNormalizer.Normalize(text);
        var shingles = CopyShingles.Of(normalized, _options.ShingleLength);
        var signature = new CopySignature(_hasher.Signature(shingles), SimHasher.Of(shingles), normalized.Length);
        return new CopyFingerprint(text, normalized, offsets, shingles, signature);
    }

    public ICopyCandidateIndex CreateIndex() => new LshCopyIndex(_hasher, _options);

    public CopyComparison Compare(CopyFingerprint query, CopyFingerprint reference)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reference);
        if (query.Normalized.Length == 0 || reference.Normalized.Length == 0)
        {
            return CopyComparison.None;
        }

        var runs = PassageLocator.Locate(query.Shingles, query.Normalized.Length, reference.Shingles, reference.Normalized.Length, _options.ShingleLength, _options.MinPassageChars);
        var chains = new List<List<SharedRun>>();
        foreach (var run in runs)
        {
            if (chains.Count > 0 && Bridges(chains[^1][^1], run) is not null)
            {
                chains[^1].Add(run);
            }
            else
            {
                chains.Add([run]);
            }
        }

        // A short shared phrase on its own (a brand name, a stock phrase) is chance; a chain of passages in the same
        // order in both texts long enough — or as long as the whole reference — is reuse.
        // Once such chains hold half the reference, shorter ones count too: the other clause of a slogan whose clauses
        // were swapped round.
        var needed = Math.Min(_options.MinChainChars, Math.Max(_options.MinPassageChars, reference.Normalized.Length / 2));
        var groups = chains.Where(c => c.Sum(r => r.Length) >= needed).ToList();
        if (groups.Sum(c => c.Sum(r => r.Length)) * 2 >= reference.Normalized.Length)
        {
            groups = chains;
        }

        var matched = groups.Sum(c => c.Sum(r => r.Length));
        var credit = groups.Sum(c => c.Zip(c.Skip(1), (a, b) => Bridges(a, b)!.Value).Sum() * _options.GapCredit);
        var referenceCoverage = Math.Min(1, (matched + credit) / reference.Normalized.Length);
        var queryCoverage = Math.Min(1, (matched + credit) / query.Normalized.Length);
        var raw = Math.Max(referenceCoverage, queryCoverage);
        var passages = groups.Select(g => ToPassage(g, query, reference)).ToList();
        return new CopyComparison(Calibrate(raw), referenceCoverage, queryCoverage, Jaccard(query.Shingles, reference.Shingles),
            SimHasher.Distance(query.Signature.SimHash, reference.Signature.SimHash), passages);
    }

    /// <summary>Raw coverage → percent: linear from 0 to <see cref="CopySimilarityOptions.CoverageAt85"/> (85 %) and on to 1 (100 %).</summary>
    public double Calibrate(double raw)
    {
        var knee = _options.CoverageAt85;
        return raw <= knee ? raw / knee * 85 : 85 + ((raw - knee) / (1 - knee) * 15);
    }

    public static double Jaccard(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = a.ToHashSet();
        var right = b.ToHashSet();
        var union = left.Count + right.Count;
        left.IntersectWith(right);
        union -= left.Count;
        return union == 0 ? 0 : (double)left.Count / union;
    }

    /// <summary>Characters of the reference swapped between two passages that follow each other in both texts; null when they do not.</summary>
    private int? Bridges(SharedRun before, SharedRun after)
    {
        var queryGap = after.QueryStart - (before.QueryStart + before.Length);
        var referenceGap = after.ReferenceStart - (before.ReferenceStart + before.Length);
        return queryGap >= 0 && referenceGap >= 0 && queryGap <= _options.MaxGapChars && referenceGap <= _options.MaxGapChars
            ? Math.Min(queryGap, referenceGap)
            : null;
    }

    private static MatchedPassage ToPassage(List<SharedRun> group, CopyFingerprint query, CopyFingerprint reference)
    {
        var first = group[0];
        var last = group[^1];
        var (queryStart, queryLength) = CopyTextNormalizer.OriginalRange(query.Original, query.Offsets, first.QueryStart, last.QueryStart + last.Length);
        var (referenceStart, referenceLength) = CopyTextNormalizer.OriginalRange(reference.Original, reference.Offsets, first.ReferenceStart, last.ReferenceStart + last.Length);
        return new MatchedPassage(queryStart, queryLength, referenceStart, referenceLength,
            query.Original.Substring(queryStart, queryLength), reference.Original.Substring(referenceStart, referenceLength));
    }
}
