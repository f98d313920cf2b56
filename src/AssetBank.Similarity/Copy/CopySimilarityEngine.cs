using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity.Copy;

/// <summary>
/// Copy similarity: character n-gram shingles of normalised text, MinHash and SimHash signatures for candidates, and
/// verification by the passages both texts share. The score is the larger of two coverages — how much of the
/// reference is found again in the new copy (a slogan inside a longer text), and how much of the new copy repeats the
/// reference (an excerpt) — with swapped words between two passages half credited, and calibrated so that
/// <see cref="CopySimilarityOptions.CoverageAt85"/> reads as 85 %. A passage lifted whole counts on its own: an unbroken
/// run of at least <see cref="CopySimilarityOptions.MinLiftedPassageChars"/> scores by how much of its sentence it
/// covers on the side where that sentence is shorter, so a slogan out of a long brochure (or a reference slogan inside
/// a long new text) alarms although it is a small share of both texts.
/// </summary>
public sealed class CopySimilarityEngine(IOptions<CopySimilarityOptions> options) : ICopySimilarity
{
    private readonly CopySimilarityOptions _options = options.Value;
    private readonly MinHasher _hasher = new(options.Value.Functions);

    public CopyFingerprint Describe(string text)
    {
        var (normalized, offsets) = CopyTextNormalizer.Normalize(text);
        var shingles = CopyShingles.Of(normalized, _options.ShingleLength);
        var anchors = _options.MinLiftedPassageChars > 0 ? CopyAnchors.Of(shingles, _options.AnchorWindow) : [];
        var signature = new CopySignature(_hasher.Signature(shingles), SimHasher.Of(shingles), normalized.Length) { Anchors = anchors };
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
        var lifted = LiftedPassages(chains, query, reference);
        groups.AddRange(lifted.Chains.Where(c => !groups.Contains(c)));
        groups.Sort((a, b) => a[0].QueryStart.CompareTo(b[0].QueryStart));
        var raw = Math.Max(Math.Max(referenceCoverage, queryCoverage), lifted.Coverage);
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

    /// <summary>The raw coverage a percent reads as: the inverse of <see cref="Calibrate"/>, for calibration curves.</summary>
    public double RawOf(double percent)
    {
        var knee = _options.CoverageAt85;
        return percent <= 85 ? percent / 85 * knee : knee + ((percent - 85) / 15 * (1 - knee));
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

    /// <summary>
    /// Chains holding a lifted passage, and the best coverage of one: the characters a chain shares verbatim within one
    /// sentence of each text, over the shorter of those two sentences, where one unbroken run must reach the minimum.
    /// Counting sentence by sentence keeps two stock sentences that follow each other in both texts (限时优惠，手慢无。门店和线上
    /// 同步发售。) from adding up to a passage; the unbroken run keeps a template with another price or brand in it
    /// (到手价只要199元，今晚八点直播间见) from being bridged into one. Swapped words earn no credit here, unlike in the
    /// whole-text score: a sentence template with one slot filled differently (无论是租房改造还是新房入住，都能… ↔
    /// 无论是午后小憩还是…) is a shared template, not a lifted sentence; nor is one that differs by a number.
    /// </summary>
    private (double Coverage, List<List<SharedRun>> Chains) LiftedPassages(List<List<SharedRun>> chains, CopyFingerprint query, CopyFingerprint reference)
    {
        var minimum = _options.MinLiftedPassageChars;
        var found = new List<List<SharedRun>>();
        if (minimum == 0)
        {
            return (0, found);
        }

        var best = 0.0;
        Sentences? querySentences = null;
        Sentences? referenceSentences = null;
        foreach (var chain in chains.Where(c => c.Sum(r => r.Length) >= minimum))
        {
            querySentences ??= Sentences.Of(query);
            referenceSentences ??= Sentences.Of(reference);
            var shared = new Dictionary<(int Query, int Reference), (int Chars, int Longest)>();
            var renumbered = new HashSet<(int Query, int Reference)>();
            foreach (var piece in chain.SelectMany(run => SplitAtSentences(run, querySentences, referenceSentences)))
            {
                var key = (querySentences.Of(piece.QueryStart), referenceSentences.Of(piece.ReferenceStart));
                if (Renumbered(piece, query.Normalized, reference.Normalized, querySentences, referenceSentences))
                {
                    renumbered.Add(key);
                }

                var (chars, longest) = shared.GetValueOrDefault(key);
                shared[key] = (chars + piece.Length, Math.Max(longest, piece.Length));
            }

            var lifted = shared
                .Where(p => p.Value.Longest >= minimum && !renumbered.Contains(p.Key))
                .Select(p => Math.Min(1, (double)p.Value.Chars / Math.Min(querySentences.Length(p.Key.Query), referenceSentences.Length(p.Key.Reference))))
                .DefaultIfEmpty(0)
                .Max();
            if (lifted > 0)
            {
                best = Math.Max(best, lifted);
                found.Add(chain);
            }
        }

        return (best, found);
    }

    /// <summary>
    /// Whether a shared piece meets, inside its sentence on both sides, a number that differs — 第6代 ↔ 第5代, 只要506元 ↔
    /// 只要1481元, 六十五瓦 ↔ 四十五瓦. Such a sentence is one template stating another fact (generation, price, count),
    /// not a lifted passage; the whole-text score still weighs it as shared text.
    /// </summary>
    private static bool Renumbered(SharedRun piece, string query, string reference, Sentences querySentences, Sentences referenceSentences)
    {
        bool Differ(int q, int r) => q >= 0 && r >= 0 && q < query.Length && r < reference.Length
            && querySentences.Of(q) == querySentences.Of(piece.QueryStart) && referenceSentences.Of(r) == referenceSentences.Of(piece.ReferenceStart)
            && IsNumeral(query[q]) && IsNumeral(reference[r]) && query[q] != reference[r];
        return Differ(piece.QueryStart - 1, piece.ReferenceStart - 1) || Differ(piece.QueryStart + piece.Length, piece.ReferenceStart + piece.Length);
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "〇零一二两三四五六七八九十百千万亿".Contains(c, StringComparison.Ordinal);

    private static IEnumerable<SharedRun> SplitAtSentences(SharedRun run, Sentences query, Sentences reference)
    {
        var from = 0;
        for (var d = 1; d <= run.Length; d++)
        {
            if (d == run.Length
                || query.Of(run.QueryStart + d) != query.Of(run.QueryStart + d - 1)
                || reference.Of(run.ReferenceStart + d) != reference.Of(run.ReferenceStart + d - 1))
            {
                yield return new SharedRun(run.QueryStart + from, run.ReferenceStart + from, d - from);
                from = d;
            }
        }
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
