namespace AssetBank.Core.Tagging;

/// <summary>What justified a tag: a span of the item's text, a quote the model gave, a shot, or a human note.</summary>
public sealed record TagEvidence
{
    /// <summary>The text field the span was found in, when known.</summary>
    public TaggingTextField? Field { get; init; }

    /// <summary>The matched span as it appears in the original text, or the model's quoted reason.</summary>
    public string? Text { get; init; }

    /// <summary>UTF-16 offset of <see cref="Text"/> in the field's original text (lexicon matches only).</summary>
    public int? Start { get; init; }

    /// <summary>UTF-16 length of the span (lexicon matches only).</summary>
    public int? Length { get; init; }

    /// <summary>The shot the evidence comes from, for a video tag derived from its shots or for a shot's own tags.</summary>
    public string? ShotId { get; init; }
}
