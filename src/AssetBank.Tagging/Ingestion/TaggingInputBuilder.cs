using AssetBank.Core.Assets;
using AssetBank.Core.Extraction;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Ingestion;

/// <summary>Collects everything we know about an item into a <see cref="TaggingInput"/>.</summary>
/// <remarks>
/// Item ids are stable across re-ingestion so human edits keep applying: the asset's key for the asset,
/// <c>{key}#shot{N}</c> for a shot and <c>{key}#{itemId}</c> for a KOL row, note or comment thread.
/// Rows, notes and threads travel as the input's parts (its <see cref="TaggingInput.Shots"/>), so they are tagged
/// one by one and the asset's own tags are derived from them, as a video's are from its shots.
/// </remarks>
public static class TaggingInputBuilder
{
    private static readonly (string Name, TaggingTextField Field)[] TaggedFields =
    [
        ("hashtags", TaggingTextField.Hashtag),
        ("vertical", TaggingTextField.KolVertical),
        ("brands", TaggingTextField.Metadata),
    ];

    public static string ShotItemId(string key, int shotIndex) => $"{key}#shot{shotIndex}";

    public static string PartItemId(string key, string itemId) => $"{key}#{itemId}";

    public static TaggingInput Build(IngestionWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var asset = item.Asset;
        var texts = new List<TaggingText>();
        var metadata = string.Join(' ', new[] { asset.Metadata.Client, asset.Metadata.Project, asset.Metadata.Channel }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (metadata.Length > 0)
        {
            texts.Add(new TaggingText(TaggingTextField.Metadata, metadata));
        }

        if (item.Content is { } content)
        {
            texts.AddRange(content.Sections.Select(s => new TaggingText(TaggingTextField.Body, string.IsNullOrWhiteSpace(s.Heading) ? s.Text : $"{s.Heading}\n{s.Text}")));
        }

        if (item.Media is { ImageText.Count: > 0 } picture)
        {
            texts.Add(new TaggingText(TaggingTextField.OnScreenText, string.Join('\n', picture.ImageText.Select(l => l.Text))));
        }

        var parts = new List<TaggingShot>();
        if (item.Media is { } media)
        {
            parts.AddRange(media.Shots.Select(s => new TaggingShot(ShotItemId(asset.Key, s.Index), s.Start, s.End)
            {
                Texts = ShotTexts(s),
            }));
        }

        if (item.Content is { Items.Count: > 0 } withItems)
        {
            parts.AddRange(withItems.Items.Select(i => new TaggingShot(PartItemId(asset.Key, i.ItemId), TimeSpan.Zero, TimeSpan.Zero)
            {
                Texts = PartTexts(i),
            }));
        }

        return new TaggingInput
        {
            ItemId = asset.Key,
            Kind = asset.Kind,
            Channel = asset.Metadata.Channel,
            Title = asset.Metadata.Title ?? item.Content?.Title ?? Path.GetFileNameWithoutExtension(asset.Key),
            Texts = texts,
            ImagePaths = asset.Kind == AssetKind.Image && File.Exists(item.LocalPath) ? [item.LocalPath] : [],
            Shots = parts,
            ContentHash = asset.ContentSha256,
        };
    }

    /// <summary>A shot's subtitle and the text burned into its picture; OCR text a subtitle already says is not counted twice.</summary>
    private static List<TaggingText> ShotTexts(Shot shot)
    {
        var texts = new List<TaggingText>(2);
        if (!string.IsNullOrWhiteSpace(shot.SubtitleText))
        {
            texts.Add(new TaggingText(TaggingTextField.Subtitle, shot.SubtitleText));
        }

        var onScreen = shot.OcrLines?.Where(l => shot.SubtitleText?.Contains(l.Text, StringComparison.Ordinal) != true).Select(l => l.Text).ToList();
        if (onScreen is { Count: > 0 })
        {
            texts.Add(new TaggingText(TaggingTextField.OnScreenText, string.Join('\n', onScreen)));
        }

        return texts;
    }

    private static List<TaggingText> PartTexts(ExtractedItem part)
    {
        var field = part.ItemKind switch
        {
            "kol" => TaggingTextField.KolVertical,
            "comment-thread" or "meme" => TaggingTextField.Comment,
            _ => TaggingTextField.Body,
        };
        var texts = new List<TaggingText>();
        if (!string.IsNullOrWhiteSpace(part.Title))
        {
            texts.Add(new TaggingText(TaggingTextField.Title, part.Title));
        }

        if (!string.IsNullOrWhiteSpace(part.Text))
        {
            texts.Add(new TaggingText(field, part.Text));
        }

        // Only fields that describe the content: author nicknames, URLs and the raw comment list would be tagged
        // as if they were copy (a commenter called 奶茶续命中 is not a 食品饮料 signal).
        foreach (var (name, taggedField) in TaggedFields)
        {
            if (part.Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                texts.Add(new TaggingText(taggedField, value));
            }
        }

        return texts;
    }
}
