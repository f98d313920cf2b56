namespace AssetBank.Core.Tagging;

/// <summary>Tags items on the four dimensions with terms of one taxonomy.</summary>
public interface ITagger
{
    /// <summary>Short name written to <see cref="TagSet.Tagger"/>: <c>lexicon</c>, <c>llm</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Tags one item. For an input with shots the result's <see cref="TagSet.Shots"/> holds each shot's tags and the
    /// item's own tags are derived from its shots plus its own text. Never loses the item: a tagger that cannot reach
    /// its model returns fallback tags with <see cref="TagSet.FallbackReason"/> set.
    /// </summary>
    Task<TagSet> TagAsync(TaggingInput input, CancellationToken cancellationToken);

    /// <summary>Tags only the shots of <paramref name="video"/>, in shot order (batched where the tagger batches).</summary>
    Task<IReadOnlyList<TagSet>> TagShotsAsync(TaggingInput video, CancellationToken cancellationToken);
}
