using AssetBank.Core.Tagging;

namespace AssetBank.TaggingEval;

/// <summary>An item and dimension where the tags and the manifest disagree.</summary>
/// <param name="Missing">Expected labels the item does not carry (recall misses).</param>
/// <param name="Wrong">Labels the item carries that are neither expected nor a parent or child of an expected one (precision misses).</param>
/// <param name="Predicted">All counted labels with their confidence, strongest first, e.g. <c>母婴 0.74</c>.</param>
public sealed record LibraryMiss(
    string ItemId,
    string Kind,
    TagDimension Dimension,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Wrong,
    IReadOnlyList<string> Predicted,
    string? Problem);
