using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity.Audio;

/// <summary>
/// The audio side of the copyright check: the Chromaprint fingerprint ingestion computed for an audio file or a
/// video's soundtrack is looked up in the reference tracks' offset index; each reference track found above the
/// threshold becomes an alarm with the asset's time range and the reference's (e.g. 00:05–00:35 of the ad ↔
/// 01:10–01:40 of the track).
/// </summary>
public sealed class AudioAlarmMatcher(
    IAssetReader reader,
    AudioReferenceIndex references,
    IOptions<SimilarityOptions> options,
    TimeProvider time)
{
    public static bool Checks(AssetKind kind) => kind is AssetKind.Audio or AssetKind.Video;

    public async Task<bool> HasReferencesAsync(CancellationToken cancellationToken) =>
        (await references.CurrentAsync(cancellationToken)).Index.Count > 0;

    /// <summary>Part of the version an asset's check is recorded under, so that a new reference track re-checks the bank.</summary>
    public Task<string> VersionAsync(CancellationToken cancellationToken) => references.VersionAsync(cancellationToken);

    public async Task<IReadOnlyList<CopyrightAlarm>> MatchAsync(Asset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var fingerprint = (await reader.GetDerivedAsync(asset.Id, cancellationToken)).Media?.Audio?.Fingerprint;
        if (fingerprint is null || fingerprint.Values.Count == 0)
        {
            return [];
        }

        var snapshot = await references.CurrentAsync(cancellationToken);
        var alarms = new List<CopyrightAlarm>();
        foreach (var match in snapshot.Index.Match(fingerprint.Values))
        {
            if (match.Percent <= options.Value.AlarmThresholdPercent || !snapshot.Entries.TryGetValue(match.ReferenceId, out var entry))
            {
                continue;
            }

            alarms.Add(new CopyrightAlarm
            {
                AssetId = asset.Id,
                AssetKey = asset.Key,
                Modality = "audio",
                StartSeconds = Math.Round(match.QueryStartSeconds, 2),
                EndSeconds = Math.Round(match.QueryEndSeconds, 2),
                ReferenceStartSeconds = Math.Round(match.ReferenceStartSeconds, 2),
                ReferenceEndSeconds = Math.Round(match.ReferenceEndSeconds, 2),
                Percent = Math.Round(match.Percent, 1),
                ReferenceId = entry.Id,
                Library = entry.Library,
                Licence = entry.Licence,
                ReferenceItem = entry.ItemId,
                AiGenerated = asset.Metadata.AiGenerated,
                RaisedAt = time.GetUtcNow(),
            });
        }

        return alarms;
    }
}
