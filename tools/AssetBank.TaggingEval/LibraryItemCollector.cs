using System.Globalization;
using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.Tagging.Ingestion;

namespace AssetBank.TaggingEval;

/// <summary>
/// Pairs each themed manifest entry, and each part the manifest gives themes for, with the effective tags the catalog
/// holds for it. Parts are found by the ids the tagging stage gives them (<see cref="TaggingInputBuilder"/>).
/// </summary>
public static class LibraryItemCollector
{
    public static async Task<CollectedItems> CollectAsync(SampleManifest manifest, IAssetReader catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(catalog);
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        await foreach (var asset in catalog.ListAsync(AssetFilter.All, cancellationToken))
        {
            assets[Nfc(asset.Key)] = asset;
        }

        var themes = manifest.Themes.ToDictionary(t => t.Id, t => t.Tags, StringComparer.Ordinal);
        var items = new List<EvaluatedItem>();
        var notes = new List<string>();
        var videosWithoutShots = new List<string>();
        foreach (var entry in manifest.Entries)
        {
            if (entry.Themes.Count == 0)
            {
                continue;
            }

            var asset = assets.GetValueOrDefault(Nfc(entry.Path));
            var problem = asset switch
            {
                null => "not in the catalog",
                { Status: AssetStatus.Failed } => "ingestion failed: " + asset.FailureReason,
                { Status: not AssetStatus.Processed } => "not processed (" + asset.Status.ToString().ToLowerInvariant() + ")",
                _ => null,
            };
            TagSet? tags = null;
            var derived = AssetDerivedData.None;
            if (problem is null)
            {
                tags = await catalog.GetEffectiveTagsAsync(asset!.Id, cancellationToken);
                derived = await catalog.GetDerivedAsync(asset.Id, cancellationToken);
                problem = tags is null ? "no tags stored" : null;
            }

            var key = asset?.Key ?? entry.Path;
            var kind = ItemKinds.Of(entry.Kind);
            items.Add(new EvaluatedItem(key, entry.Path, kind, ItemScope.Asset, entry.Themes, ItemKinds.JudgedDimensions(kind), tags?.Tags ?? [], HasText(derived), problem));

            var parts = (tags?.Shots ?? []).ToDictionary(s => s.ItemId, StringComparer.Ordinal);
            var partTexts = (derived.Content?.Items ?? [])
                .Where(i => !string.IsNullOrWhiteSpace(i.Text) || !string.IsNullOrWhiteSpace(i.Title))
                .Select(i => TaggingInputBuilder.PartItemId(key, i.ItemId))
                .Concat((derived.Media?.Shots ?? []).Where(s => !string.IsNullOrWhiteSpace(s.SubtitleText)).Select(s => TaggingInputBuilder.ShotItemId(key, s.Index)))
                .ToHashSet(StringComparer.Ordinal);
            EvaluatedItem Part(string partId, string partKind, IReadOnlyList<ThemeTags> expected) =>
                new(partId, entry.Path, partKind, ItemScope.Part, expected, ItemKinds.JudgedDimensions(partKind),
                    parts.GetValueOrDefault(partId)?.Tags ?? [],
                    partTexts.Contains(partId),
                    problem ?? (parts.ContainsKey(partId) ? null : "no tags for this part"));

            switch (entry)
            {
                case { Social: { Platform: "xiaohongshu" } notesExport }:
                    items.AddRange(notesExport.Items.Select(note => Part(
                        TaggingInputBuilder.PartItemId(key, "note:" + note.Id),
                        ItemKinds.Note,
                        note.ThemeId is { } id && themes.TryGetValue(id, out var theme) ? [theme] : [])));
                    break;
                case { Social: { SourceVideoId: { } videoId } }:
                    // The extractor keeps a comment section as one thread per source video; its theme is the export's.
                    items.Add(Part(TaggingInputBuilder.PartItemId(key, "thread:" + videoId), ItemKinds.CommentThread, entry.Themes));
                    break;
                case { KolList: { } kolList }:
                    var rows = derived.Content?.Items.Where(i => i.ItemKind == "kol").ToList() ?? [];
                    foreach (var row in kolList.Rows)
                    {
                        var itemId = FindKolRow(rows, row)?.ItemId ?? "row:" + row.Row.ToString(CultureInfo.InvariantCulture);
                        items.Add(Part(
                            TaggingInputBuilder.PartItemId(key, itemId),
                            ItemKinds.KolRow,
                            row.ThemeId is { } id && themes.TryGetValue(id, out var theme) ? [theme] : []));
                    }

                    break;
                case { Video: { } video } when problem is null:
                    var shots = derived.Media?.Shots ?? [];
                    if (shots.Count == 0)
                    {
                        videosWithoutShots.Add(entry.Path);
                        break;
                    }

                    var core = CoreShots(manifest, entry);
                    foreach (var shot in shots)
                    {
                        // A detected shot stands for the manifest shot it overlaps most; only the theme's core shots are
                        // judged (the pack shot at the end sells the product and carries no scenario or emotion).
                        var match = BestOverlap(video.Shots, shot);
                        if (match is not null && core.Contains(match.Index))
                        {
                            items.Add(Part(TaggingInputBuilder.ShotItemId(key, shot.Index), ItemKinds.VideoShot, entry.Themes));
                        }
                    }

                    break;
            }
        }

        if (videosWithoutShots.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"video shots not judged for {videosWithoutShots.Count} video(s): the catalog holds no shots for them (no media stage in this composition); a video's own tags then come from its file name only."));
        }

        return new CollectedItems(items, notes);
    }

    private static bool HasText(AssetDerivedData derived) =>
        derived.Content is { } content && (!string.IsNullOrWhiteSpace(content.PlainText()) || content.Items.Count > 0)
        || (derived.Media?.Shots ?? []).Any(s => !string.IsNullOrWhiteSpace(s.SubtitleText));

    private static HashSet<int> CoreShots(SampleManifest manifest, ManifestEntry entry)
    {
        var listed = manifest.Queries
            .SelectMany(q => q.Expected)
            .Where(m => string.Equals(m.Path, entry.Path, StringComparison.Ordinal))
            .SelectMany(m => m.Shots)
            .ToHashSet();
        return listed.Count > 0 ? listed : entry.Video!.Shots.Select(s => s.Index).ToHashSet();
    }

    private static ShotFacts? BestOverlap(IReadOnlyList<ShotFacts> truth, Shot detected)
    {
        var start = detected.Start.TotalSeconds;
        var end = detected.End.TotalSeconds;
        return truth
            .Select(s => (Shot: s, Overlap: Math.Min(end, s.End) - Math.Max(start, s.Start)))
            .Where(x => x.Overlap > 0)
            .OrderByDescending(x => x.Overlap)
            .Select(x => x.Shot)
            .FirstOrDefault();
    }

    private static ExtractedItem? FindKolRow(List<ExtractedItem> rows, KolRowFacts row)
    {
        var number = row.Row.ToString(CultureInfo.InvariantCulture);
        bool SameRow(ExtractedItem item) => item.Fields.TryGetValue("row", out var r) && r == number;
        bool SameName(ExtractedItem item) => string.Equals(item.Title, row.Nickname, StringComparison.Ordinal);
        return rows.FirstOrDefault(i => SameRow(i) && SameName(i)) ?? rows.FirstOrDefault(SameName) ?? rows.FirstOrDefault(SameRow);
    }

    private static string Nfc(string key) => key.Normalize(NormalizationForm.FormC);
}
