using AssetBank.Core.Tagging;
using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.TaggingEval;

/// <summary>One item of the sample library set against the tags the catalog holds for it.</summary>
/// <param name="ItemId">The asset key, or the part's tag-set id (<c>{key}#shot{N}</c>, <c>{key}#note:{id}</c>, <c>{key}#kol:{n}</c>).</param>
/// <param name="Path">The manifest entry the item belongs to.</param>
/// <param name="Kind">What is scored: the manifest kind of a file (<c>copy</c>), or the part kind (<c>note</c>, <c>kol-row</c>).</param>
/// <param name="Expected">
/// The themes the manifest gives; empty for an off-topic part (a noise note), which is listed but not scored.
/// Several themes (a KOL list, a mixed export) make every one of their labels expected.
/// </param>
/// <param name="Dimensions">The dimensions the manifest's themes say something about for this kind of item.</param>
/// <param name="Predicted">The catalog's effective tags of the item, all of them; scoring applies the confidence floor.</param>
/// <param name="HasText">
/// Whether ingestion gave the tagger words of the item's own beyond its file name: extracted text, a part's text, a
/// shot's subtitles. A poster's words are pixels, and a video without subtitles has none, until something reads them.
/// </param>
/// <param name="Problem">Why the item has no tags to judge (not catalogued, failed, no part tags), or null.</param>
public sealed record EvaluatedItem(
    string ItemId,
    string Path,
    string Kind,
    ItemScope Scope,
    IReadOnlyList<ThemeTags> Expected,
    IReadOnlyList<TagDimension> Dimensions,
    IReadOnlyList<TagAssignment> Predicted,
    bool HasText,
    string? Problem = null)
{
    /// <summary>False for an off-topic part: the manifest gives it no theme, so there is nothing to score it against.</summary>
    public bool IsJudged => Expected.Count > 0;

    /// <summary>The expected Chinese labels of one dimension, distinct, in theme order.</summary>
    public IReadOnlyList<string> ExpectedLabels(TagDimension dimension) =>
        Expected.Select(t => LabelOf(t, dimension)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The labels the item carries on one dimension at or above <paramref name="minConfidence"/>, strongest first.</summary>
    public IReadOnlyList<string> LabelsOf(TagDimension dimension, double minConfidence = 0) =>
        Predicted.Where(t => t.Dimension == dimension && t.Confidence >= minConfidence)
            .OrderByDescending(t => t.Confidence)
            .Select(t => t.Label)
            .ToList();

    public static string LabelOf(ThemeTags theme, TagDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return dimension switch
        {
            TagDimension.Industry => theme.Industry,
            TagDimension.Scenario => theme.Scenario,
            TagDimension.Emotion => theme.Emotion,
            TagDimension.Relationship => theme.Relationship,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown tag dimension."),
        };
    }
}
