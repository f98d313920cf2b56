namespace AssetBank.Core.Tagging;

/// <summary>One piece of an item's text and where it came from.</summary>
public sealed record TaggingText(TaggingTextField Field, string Text);
