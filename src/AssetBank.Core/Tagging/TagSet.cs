using System.Text.Json.Serialization;

namespace AssetBank.Core.Tagging;

/// <summary>
/// The tags of one item (asset, shot, note, meme group, KOL row) from one tagging run, per dimension, with the tagger,
/// model and taxonomy version that produced them. A video's set carries its shots' sets in <see cref="Shots"/>.
/// </summary>
public sealed record TagSet
{
    /// <summary>The item's id as given in <see cref="TaggingInput.ItemId"/> (or the shot id for a shot's set).</summary>
    public required string ItemId { get; init; }

    /// <summary>The tagger that produced the set (<c>lexicon</c>, <c>llm</c>); for a fallback, the fallback tagger.</summary>
    public required string Tagger { get; init; }

    /// <summary>The model or lexicon version.</summary>
    public string? Model { get; init; }

    /// <summary>The <see cref="Taxonomy.Version"/> the tags refer to; re-tag when it changes.</summary>
    public required string TaxonomyVersion { get; init; }

    /// <summary>All tags, in canonical order: by dimension, then confidence (highest first), then term id.</summary>
    public IReadOnlyList<TagAssignment> Tags { get; init; } = [];

    /// <summary>Tokens this run spent on the item (a video's usage includes its shots'); zero on a cache hit.</summary>
    public TokenUsage Usage { get; init; } = TokenUsage.None;

    /// <summary>Set when the configured tagger failed and these are the fallback (lexicon) tags: why it failed.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>True when the set was served from the tag cache.</summary>
    public bool FromCache { get; init; }

    /// <summary>Per-shot sets of a video, in shot order; empty for other items.</summary>
    public IReadOnlyList<TagSet> Shots { get; init; } = [];

    [JsonIgnore]
    public bool IsFallback => FallbackReason is not null;

    /// <summary>The tags of one dimension, strongest first.</summary>
    public IReadOnlyList<TagAssignment> For(TagDimension dimension) => Tags.Where(t => t.Dimension == dimension).ToList();

    /// <summary>The Chinese labels of one dimension, strongest first.</summary>
    public IReadOnlyList<string> LabelsOf(TagDimension dimension) => Tags.Where(t => t.Dimension == dimension).Select(t => t.Label).ToList();

    /// <summary>The strongest tag of a dimension, or null.</summary>
    public TagAssignment? Top(TagDimension dimension) => Tags.FirstOrDefault(t => t.Dimension == dimension);

    /// <summary>One number for the whole set: the mean of each tagged dimension's top confidence (0 when untagged).</summary>
    public double OverallConfidence()
    {
        var tops = TagDimensions.All.Select(Top).OfType<TagAssignment>().Select(t => t.Confidence).ToList();
        return tops.Count == 0 ? 0 : Math.Round(tops.Average(), 4);
    }

    /// <summary>Puts tags in the canonical order used by <see cref="Tags"/>.</summary>
    public static IReadOnlyList<TagAssignment> Canonical(IEnumerable<TagAssignment> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags
            .OrderBy(t => t.Dimension)
            .ThenByDescending(t => t.Confidence)
            .ThenBy(t => t.TermId, StringComparer.Ordinal)
            .ToList();
    }
}
