using AssetBank.Core.Tagging;

namespace AssetBank.Tagging;

/// <summary>
/// Derives a video's own tags from its shots' tags plus the tags of its own text (title, description). A term seen in
/// many shots counts more than one seen in a single shot; agreement between own text and shots raises confidence.
/// </summary>
/// <remarks>
/// Per term: shots = max shot confidence × (0.7 + 0.3 × share of shots carrying the term);
/// combined = 1 − (1 − own) × (1 − shots). Evidence: the own text's spans, then the strongest shots.
/// </remarks>
public static class ShotTagAggregator
{
    public static IReadOnlyList<TagAssignment> Derive(
        IReadOnlyList<TagAssignment> own,
        IReadOnlyList<TagSet> shots,
        int maxPerDimension = 3,
        double minConfidence = 0.25,
        int maxEvidence = 3)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(shots);
        var terms = own.Select(t => (t.Dimension, t.TermId))
            .Concat(shots.SelectMany(s => s.Tags).Select(t => (t.Dimension, t.TermId)))
            .Distinct()
            .ToList();

        var derived = new List<TagAssignment>();
        foreach (var (dimension, termId) in terms)
        {
            var ownTag = own.Where(t => t.TermId == termId).MaxBy(t => t.Confidence);
            var carriers = shots
                .Select((shot, index) => (Shot: shot, Index: index, Tag: shot.Tags.Where(t => t.TermId == termId).MaxBy(t => t.Confidence)))
                .Where(x => x.Tag is not null)
                .OrderByDescending(x => x.Tag!.Confidence)
                .ThenBy(x => x.Index)
                .ToList();

            var ownConfidence = ownTag?.Confidence ?? 0;
            var shotConfidence = carriers.Count == 0
                ? 0
                : carriers[0].Tag!.Confidence * (0.7 + (0.3 * carriers.Count / shots.Count));
            var confidence = Math.Round(1 - ((1 - Clamp(ownConfidence)) * (1 - Clamp(shotConfidence))), 4);
            if (confidence < minConfidence || confidence <= 0)
            {
                continue;
            }

            var template = ownTag ?? carriers[0].Tag!;
            var evidence = (ownTag?.Evidence ?? []).Take(maxEvidence)
                .Concat(carriers.Take(maxEvidence).Select(c => ShotEvidence(c.Shot, c.Tag!)))
                .ToList();
            derived.Add(template with { Confidence = confidence, Evidence = evidence });
        }

        return derived
            .GroupBy(t => t.Dimension)
            .SelectMany(g => g.OrderByDescending(t => t.Confidence).ThenBy(t => t.TermId, StringComparer.Ordinal).Take(maxPerDimension))
            .OrderBy(t => t.Dimension)
            .ThenByDescending(t => t.Confidence)
            .ThenBy(t => t.TermId, StringComparer.Ordinal)
            .ToList();
    }

    private static TagEvidence ShotEvidence(TagSet shot, TagAssignment tag)
    {
        var first = tag.Evidence.Count > 0 ? tag.Evidence[0] : null;
        return (first ?? new TagEvidence()) with { ShotId = shot.ItemId };
    }

    private static double Clamp(double value) => double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
}
