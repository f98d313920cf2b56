using AssetBank.Core.Assets;
using AssetBank.Core.Media;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity.Video;

/// <summary>
/// The video side of the copyright check: each shot keyframe of a new video is looked up among the reference videos'
/// keyframes (stage 1) and verified (stage 2) exactly as pictures are; the matches are then aligned in time per reference
/// video (<see cref="ShotAligner"/>) and every aligned run becomes one alarm with both time ranges.
/// </summary>
public sealed class VideoAlarmMatcher(IImageSimilarity similarity, IOptions<SimilarityOptions> options, TimeProvider time)
{
    /// <summary>Runs against one reference that together cover at least this share of the new video make a whole-video match.</summary>
    public const double WholeVideoShare = 0.6;

    /// <summary>The alarms of one new video, given its shots' keyframe signatures and its length.</summary>
    public IReadOnlyList<CopyrightAlarm> Match(Asset asset, IReadOnlyList<(Shot Shot, ImageSignature Query)> shots, double durationSeconds, VideoReferenceIndex.Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(snapshot);
        var alarms = new List<CopyrightAlarm>();
        foreach (var group in FindHits(shots, snapshot).GroupBy(h => (h.Entry.Frame.Library, h.Entry.Frame.ItemId)))
        {
            var byFrame = group.ToDictionary(h => (h.Hit.QueryShot, h.Hit.ReferenceFrameId));
            var runs = ShotAligner.Align([.. group.Select(h => h.Hit)]);
            var covered = runs.Sum(r => r.QuerySeconds);
            var whole = durationSeconds > 0 && covered >= WholeVideoShare * durationSeconds;
            foreach (var run in runs)
            {
                var best = run.Hits.MaxBy(h => h.Percent);
                var (entry, comparison) = (byFrame[(best.QueryShot, best.ReferenceFrameId)].Entry, byFrame[(best.QueryShot, best.ReferenceFrameId)].Comparison);
                alarms.Add(new CopyrightAlarm
                {
                    AssetId = asset.Id,
                    AssetKey = asset.Key,
                    ShotIndex = run.FirstShot,
                    LastShotIndex = run.LastShot,
                    StartSeconds = run.QueryStart,
                    EndSeconds = run.QueryEnd,
                    ReferenceStartSeconds = run.ReferenceStart,
                    ReferenceEndSeconds = run.ReferenceEnd,
                    WholeVideo = whole,
                    Modality = "video",
                    Percent = Math.Round(run.Percent, 1),
                    ReferenceId = entry.Frame.Id,
                    Library = entry.Frame.Library,
                    Licence = entry.Licence,
                    ReferenceItem = entry.Frame.ItemId,
                    QueryRegion = comparison.QueryRegion,
                    ReferenceRegion = comparison.ReferenceRegion,
                    Mirrored = comparison.Mirrored,
                    AiGenerated = asset.Metadata.AiGenerated,
                    RaisedAt = time.GetUtcNow(),
                });
            }
        }

        return alarms;
    }

    private List<(ShotHit Hit, VideoReferenceIndex.Entry Entry, ImageComparison Comparison)> FindHits(
        IReadOnlyList<(Shot Shot, ImageSignature Query)> shots, VideoReferenceIndex.Snapshot snapshot)
    {
        var hits = new List<(ShotHit, VideoReferenceIndex.Entry, ImageComparison)>();
        if (snapshot.Entries.Count == 0)
        {
            return hits;
        }

        var threshold = options.Value.AlarmThresholdPercent;
        foreach (var (shot, query) in shots)
        {
            if (query.IsUniform)
            {
                continue;
            }

            foreach (var candidate in snapshot.Index.Query(query, options.Value.CandidatesPerQuery))
            {
                if (!snapshot.Entries.TryGetValue(candidate.Id, out var entry))
                {
                    continue;
                }

                var comparison = similarity.Compare(query, entry.Signature);
                if (comparison.Percent > threshold)
                {
                    var frame = entry.Frame;
                    hits.Add((new ShotHit(shot.Index, shot.Start.TotalSeconds, shot.End.TotalSeconds, shot.KeyframeTime.TotalSeconds,
                        frame.Id, frame.ShotStartSeconds, frame.ShotEndSeconds, frame.Seconds, comparison.Percent), entry, comparison));
                }
            }
        }

        return hits;
    }
}
