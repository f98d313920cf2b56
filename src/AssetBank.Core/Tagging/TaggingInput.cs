using AssetBank.Core.Assets;

namespace AssetBank.Core.Tagging;

/// <summary>
/// Everything a tagger may use for one item: title and text fields (copy, captions, subtitles, comments, KOL vertical,
/// metadata), images or keyframes, and for a video its shots.
/// </summary>
public sealed record TaggingInput
{
    /// <summary>The item's id (asset id, key or external id); returned as <see cref="TagSet.ItemId"/>.</summary>
    public required string ItemId { get; init; }

    public AssetKind Kind { get; init; }

    /// <summary>Channel such as 抖音, 小红书, TVC; a hint, also passed to the model.</summary>
    public string? Channel { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<TaggingText> Texts { get; init; } = [];

    /// <summary>Local paths of the item's own images (an image asset, a note's pictures, a video's poster).</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>A video's shots; tagged in batches and summarised into the video's own tags.</summary>
    public IReadOnlyList<TaggingShot> Shots { get; init; } = [];

    /// <summary>SHA-256 of the item's content when known (the asset's hash); part of the tag cache key.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The item's own text, title first, skipping blanks; excludes the shots' text.</summary>
    public IEnumerable<TaggingText> OwnTexts()
    {
        if (!string.IsNullOrWhiteSpace(Title))
        {
            yield return new TaggingText(TaggingTextField.Title, Title);
        }

        foreach (var text in Texts)
        {
            if (!string.IsNullOrWhiteSpace(text.Text))
            {
                yield return text;
            }
        }
    }
}
