using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The copy side of the copyright check: the text ingestion extracted from a copy document, note or comment export is
/// looked up in the copy references' LSH index, every candidate is verified by the passages both texts share, and a
/// score above the threshold becomes an alarm with those passages. Only reference libraries are compared; near
/// duplicates inside the bank are not alarms.
/// </summary>
public sealed class CopyAlarmMatcher(
    IAssetReader reader,
    IReferenceLibraries libraries,
    CopyReferenceIndex references,
    ICopySimilarity similarity,
    IOptions<SimilarityOptions> options,
    TimeProvider time)
{
    public static bool Checks(AssetKind kind) => kind is AssetKind.Copy or AssetKind.Social;

    public async Task<bool> HasReferencesAsync(CancellationToken cancellationToken) =>
        (await references.CurrentAsync(cancellationToken)).Index.Count > 0;

    public async Task<IReadOnlyList<CopyrightAlarm>> MatchAsync(Asset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var content = (await reader.GetDerivedAsync(asset.Id, cancellationToken)).Content;
        var text = CheckedText(content);
        if (text.Length == 0)
        {
            return [];
        }

        var snapshot = await references.CurrentAsync(cancellationToken);
        var query = similarity.Describe(text);
        var alarms = new List<CopyrightAlarm>();
        foreach (var id in snapshot.Index.Query(query))
        {
            if (!snapshot.Entries.TryGetValue(id, out var entry) || await libraries.GetCopyAsync(id, cancellationToken) is not { } reference)
            {
                continue;
            }

            var comparison = similarity.Compare(query, similarity.Describe(reference.Text));
            if (comparison.Percent <= options.Value.AlarmThresholdPercent)
            {
                continue;
            }

            alarms.Add(new CopyrightAlarm
            {
                AssetId = asset.Id,
                AssetKey = asset.Key,
                Modality = "copy",
                Percent = Math.Round(comparison.Percent, 1),
                ReferenceId = entry.Id,
                Library = entry.Library,
                Licence = entry.Licence,
                ReferenceItem = entry.ItemId,
                Passages = comparison.Passages,
                AiGenerated = asset.Metadata.AiGenerated,
                RaisedAt = time.GetUtcNow(),
            });
        }

        return alarms.OrderByDescending(a => a.Percent).ToList();
    }

    /// <summary>The document's text, then each note or comment thread not already in it.</summary>
    public static string CheckedText(ExtractedContent? content)
    {
        if (content is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder(content.PlainText());
        foreach (var item in content.Items)
        {
            if (!string.IsNullOrWhiteSpace(item.Text) && !text.ToString().Contains(item.Text, StringComparison.Ordinal))
            {
                text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(item.Text);
            }
        }

        return text.ToString();
    }
}
