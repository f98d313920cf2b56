using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Rights;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Search.Documents;

/// <summary>
/// Maps a catalogued asset and what ingestion derived from it to search documents: one for the asset, one per shot
/// of a video, one per note, comment thread or KOL row inside an export — each a search result of its own.
/// </summary>
public static class SearchDocumentBuilder
{
    // How media analysis names a subtitle file it read beside a video (MediaAnalysis.SubtitleSources).
    private const string SidecarSource = "sidecar ";

    public static IReadOnlyList<SearchDocument> Build(Asset asset, AssetDerivedData derived, TagSet? effectiveTags, AssetRights? rights = null)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(derived);
        var kind = AssetKindNames.ToWire(asset.Kind);
        var partTags = (effectiveTags?.Shots ?? []).ToDictionary(s => s.ItemId, s => s, StringComparer.Ordinal);
        var title = asset.Metadata.Title ?? derived.Content?.Title ?? Path.GetFileNameWithoutExtension(asset.Key);
        var created = asset.Metadata.Created is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : asset.StoreLastModified;
        var shots = derived.Media?.Shots ?? [];
        var items = derived.Content?.Items ?? [];
        var threads = items.Where(i => i.ItemKind == "comment-thread").ToList();

        var documents = new List<SearchDocument>
        {
            Common(SearchDocument.ForAsset(asset.Id, kind), asset, title, created) with
            {
                Body = Truncate(Join([asset.Metadata.Description, derived.Content?.PlainText()])),
                Subtitles = Join(shots.Select(s => s.SubtitleText)),
                OnScreenText = derived.Media is { ImageText.Count: > 0 } picture
                    ? Join(picture.ImageText.Select(l => l.Text))
                    : Join(shots.Select(OnScreenText).Distinct(StringComparer.Ordinal)),
                Comments = Truncate(Join(threads.Select(t => t.Text))),
                Captions = Join(items.Where(i => i.ItemKind != "comment-thread").Select(i => i.Title)),
                Tags = SearchTag.From(effectiveTags?.Tags ?? []),
                Engagement = Engagement(items.Where(i => i.ItemKind != "meme")),
                Channel = asset.Metadata.Channel is { } own ? SearchChannels.Normalize(own) : ItemsChannel(items),
                Sidecars = (derived.Media?.SubtitleSources ?? [])
                    .Where(s => s.StartsWith(SidecarSource, StringComparison.Ordinal))
                    .Select(s => s[SidecarSource.Length..])
                    .ToList(),
            },
        };

        foreach (var shot in shots)
        {
            var tags = partTags.GetValueOrDefault($"{asset.Key}#shot{shot.Index}");
            documents.Add(Common(SearchDocument.ForShot(asset.Id, shot.Index, shot.Start.TotalSeconds, shot.End.TotalSeconds), asset, title, created) with
            {
                Subtitles = shot.SubtitleText,
                OnScreenText = OnScreenText(shot),
                KeyframeKey = shot.KeyframeKey,
                Tags = SearchTag.From(tags?.Tags ?? []),
            });
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.ItemKind == "embedded-image")
            {
                continue;
            }

            var tags = partTags.GetValueOrDefault($"{asset.Key}#{item.ItemId}");
            var platform = item.Fields.GetValueOrDefault("platform");
            documents.Add(Common(SearchDocument.ForAsset(asset.Id, kind), asset, item.Title ?? title, created) with
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"item:{asset.Id}:{item.ItemId}"),
                ShotIndex = i,
                Channel = string.IsNullOrWhiteSpace(platform) ? asset.Metadata.Channel : SearchChannels.Normalize(platform),
                Created = Published(item) ?? created,
                Title = item.Title ?? title,
                Body = item.ItemKind is "comment-thread" or "meme" ? null : Truncate(item.Text),
                Comments = item.ItemKind is "comment-thread" or "meme" ? Truncate(item.Text) : null,
                Captions = Join(item.Fields.Where(f => f.Key is "hashtags" or "vertical" or "brands").Select(f => f.Value)),
                Tags = SearchTag.From(tags?.Tags ?? []),
                Engagement = Engagement([item]),
                Author = item.Fields.GetValueOrDefault("author"),
            });
        }

        return rights is { Grants.Count: > 0 } ? documents.Select(d => WithRights(d, rights)).ToList() : documents;
    }

    // Item documents (notes inside an export) reuse ShotIndex as their position: only video shots take shot terms.
    private static SearchDocument WithRights(SearchDocument document, AssetRights rights)
    {
        var assetGrants = rights.AssetGrants.ToList();
        var shotGrants = document.Id.StartsWith("shot:", StringComparison.Ordinal) && document.ShotIndex is { } shot
            ? rights.ShotGrants(shot).ToList()
            : [];
        return document with
        {
            HasRights = true,
            RightsWindows = RightsCoverage.Windows(assetGrants, shotGrants),
            RightsLastDay = RightsCoverage.LastDay(assetGrants, shotGrants),
        };
    }

    /// <summary>A shot's OCR lines that its subtitles do not already say (a subtitled film's captions are often burned in too).</summary>
    private static string? OnScreenText(Shot shot) =>
        Join((shot.OcrLines ?? []).Where(l => shot.SubtitleText?.Contains(l.Text, StringComparison.Ordinal) != true).Select(l => l.Text));

    private static SearchDocument Common(SearchDocument document, Asset asset, string title, DateTimeOffset created) => document with
    {
        ExternalId = asset.ExternalId,
        Channel = asset.Metadata.Channel is { } channel ? SearchChannels.Normalize(channel) : null,
        Client = asset.Metadata.Client,
        Project = asset.Metadata.Project,
        Producer = asset.Metadata.Producer,
        Created = created,
        Key = asset.Key,
        Title = title,
    };

    /// <summary>The one platform an export's items come from, when its asset names no channel.</summary>
    private static string? ItemsChannel(IReadOnlyList<ExtractedItem> items)
    {
        var platforms = items.Select(i => i.Fields.GetValueOrDefault("platform")).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => SearchChannels.Normalize(p!)).Distinct(StringComparer.Ordinal).ToList();
        return platforms.Count == 1 ? platforms[0] : null;
    }

    /// <summary>When a note was published or a thread last commented on, if the export says so in a form we can read.</summary>
    private static DateTimeOffset? Published(ExtractedItem item)
    {
        var text = item.Fields.GetValueOrDefault("published") ?? item.Fields.GetValueOrDefault("last_time");
        return text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? when : null;
    }

    private static long? Engagement(IEnumerable<ExtractedItem> items)
    {
        double total = 0;
        var any = false;
        foreach (var item in items)
        {
            foreach (var metric in new[] { "likes", "collects", "comments", "total_likes", "interactions" })
            {
                if (item.Metrics.TryGetValue(metric, out var value))
                {
                    total += value;
                    any = true;
                }
            }
        }

        return any ? (long)total : null;
    }

    private static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    // Keeps one huge document (a 5 M-character export) from dominating the index and its memory.
    private static string? Truncate(string? text, int max = 200_000) =>
        text is null || text.Length <= max ? text : text[..max];
}
