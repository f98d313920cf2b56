using AssetBank.Application.Ingesting;
using AssetBank.Application.Similarity.Audio;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity;

/// <summary>
/// Checks every new or changed image, every video's shot keyframes (against pictures and, aligned in time, against
/// reference videos: see <see cref="Video.VideoAlarmMatcher"/>), every audio file's and soundtrack's fingerprint
/// (see <see cref="AudioAlarmMatcher"/>) and every piece of copy (copy documents, notes, comment exports; see
/// <see cref="CopyAlarmMatcher"/>) against the reference libraries, after each
/// catalog commit, and raises an alarm above the threshold (default 85 %). It follows the catalog's change sequence
/// with its own cursor, so a crash or a failed check is caught up at the next publish; an asset version already
/// checked against the same libraries is not checked again.
/// </summary>
public sealed partial class CopyrightCheck(
    ICatalogChangeFeed changes,
    IAssetReader reader,
    IAlarmStore alarms,
    ReferenceIndex references,
    IObjectStore store,
    IPictureDecoder decoder,
    IImageSimilarity similarity,
    CopyAlarmMatcher copies,
    Video.VideoReferenceIndex videoReferences,
    Video.VideoAlarmMatcher videos,
    AudioAlarmMatcher sounds,
    IOptions<SimilarityOptions> options,
    TimeProvider time,
    ILogger<CopyrightCheck> logger) : ICatalogSubscriber
{
    private const int BatchAssets = 100;
    private const long MaxPictureBytes = 64L * 1024 * 1024;

    public string Name => "copyright check";

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var cursor = await alarms.CursorAsync(cancellationToken);
        var snapshot = await references.CurrentAsync(cancellationToken);
        var videoSnapshot = await videoReferences.CurrentAsync(cancellationToken);
        if (snapshot.Entries.Count == 0 && videoSnapshot.Entries.Count == 0 && !await copies.HasReferencesAsync(cancellationToken)
            && !await sounds.HasReferencesAsync(cancellationToken))
        {
            // Nothing to compare with; an import resets the cursor so the whole bank is checked then.
            await alarms.SetCursorAsync(await changes.GetCurrentSequenceAsync(cancellationToken), cancellationToken);
            return;
        }

        var version = $"{snapshot.Version}+{await sounds.VersionAsync(cancellationToken)}";
        while (true)
        {
            var batch = await changes.GetChangesAsync(cursor, BatchAssets, cancellationToken);
            foreach (var assetId in batch.AssetIds)
            {
                await CheckAsync(assetId, snapshot, videoSnapshot, version, cancellationToken);
            }

            cursor = batch.ThroughSequence;
            await alarms.SetCursorAsync(cursor, cancellationToken);
            if (!batch.More)
            {
                return;
            }
        }
    }

    private async Task CheckAsync(long assetId, ReferenceIndex.Snapshot snapshot, Video.VideoReferenceIndex.Snapshot videoSnapshot, string baseVersion, CancellationToken cancellationToken)
    {
        // Without video references the version stays what it was before they existed, so nothing is checked again for them.
        var version = videoSnapshot.Entries.Count == 0 ? baseVersion : $"{baseVersion}|{videoSnapshot.Version}";
        var asset = await reader.FindByIdAsync(assetId, cancellationToken);
        if (asset is not { Status: AssetStatus.Processed } || !(asset.Kind is AssetKind.Image or AssetKind.Video || CopyAlarmMatcher.Checks(asset.Kind) || AudioAlarmMatcher.Checks(asset.Kind))
            || await alarms.WasCheckedAsync(asset.Id, asset.ETag, version, cancellationToken))
        {
            return;
        }

        var found = new List<CopyrightAlarm>();
        if (CopyAlarmMatcher.Checks(asset.Kind))
        {
            found.AddRange(await copies.MatchAsync(asset, cancellationToken));
        }
        else if (asset.Kind == AssetKind.Image)
        {
            if (await DescribeAsync(asset.Key, asset.Key, cancellationToken) is { } query)
            {
                found.AddRange(Match(asset, query, snapshot, null));
            }
        }
        else
        {
            var media = (await reader.GetDerivedAsync(asset.Id, cancellationToken)).Media;
            var described = new List<(Core.Media.Shot, ImageSignature)>();
            foreach (var shot in media?.Shots ?? [])
            {
                if (shot.KeyframeKey is { } key && await DescribeAsync(key, $"{asset.Key} shot {shot.Index + 1}", cancellationToken) is { } query)
                {
                    found.AddRange(Match(asset, query, snapshot, shot));
                    described.Add((shot, query));
                }
            }

            found.AddRange(videos.Match(asset, described, media?.Shots is { Count: > 0 } all ? all[^1].End.TotalSeconds : 0, videoSnapshot));
        }

        if (AudioAlarmMatcher.Checks(asset.Kind))
        {
            found.AddRange(await sounds.MatchAsync(asset, cancellationToken));
        }

        await alarms.RecordCheckAsync(asset.Id, asset.ETag, version, found, cancellationToken);
        if (found.Count > 0)
        {
            LogAlarms(logger, asset.Key, found.Count, found.Max(a => a.Percent));
        }
    }

    private IEnumerable<CopyrightAlarm> Match(Asset asset, ImageSignature query, ReferenceIndex.Snapshot snapshot, Core.Media.Shot? shot)
    {
        if (query.IsUniform)
        {
            yield break;
        }

        var threshold = options.Value.AlarmThresholdPercent;
        foreach (var candidate in snapshot.Index.Query(query, options.Value.CandidatesPerQuery))
        {
            if (!snapshot.Entries.TryGetValue(candidate.Id, out var reference))
            {
                continue;
            }

            var comparison = similarity.Compare(query, reference.Signature);
            if (comparison.Percent <= threshold)
            {
                continue;
            }

            yield return new CopyrightAlarm
            {
                AssetId = asset.Id,
                AssetKey = asset.Key,
                ShotIndex = shot?.Index,
                StartSeconds = shot?.Start.TotalSeconds,
                EndSeconds = shot?.End.TotalSeconds,
                Modality = shot is null ? "image" : "keyframe",
                Percent = Math.Round(comparison.Percent, 1),
                ReferenceId = reference.Id,
                Library = reference.Library,
                Licence = reference.Licence,
                ReferenceItem = reference.ItemId,
                QueryRegion = comparison.QueryRegion,
                ReferenceRegion = comparison.ReferenceRegion,
                Mirrored = comparison.Mirrored,
                AiGenerated = asset.Metadata.AiGenerated,
                RaisedAt = time.GetUtcNow(),
            };
        }
    }

    private async Task<ImageSignature?> DescribeAsync(string key, string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await store.OpenReadAsync(key, null, cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxPictureBytes)
                {
                    throw new ContentRejectedException(name, "too large to compare");
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            return similarity.Describe(decoder.Decode(buffer, name), asQuery: true);
        }
        catch (Exception e) when (e is ContentRejectedException or ObjectNotFoundException or ObjectStoreException or IOException)
        {
            LogSkipped(logger, name, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "版权告警 (copyright alarm): {Key} matches {Count} reference item(s), up to {Percent:0.0} %")]
    private static partial void LogAlarms(ILogger logger, string key, int count, double percent);

    [LoggerMessage(Level = LogLevel.Information, Message = "copyright check skipped {Name}: {Problem}")]
    private static partial void LogSkipped(ILogger logger, string name, string problem);
}
