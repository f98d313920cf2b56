using System.Text.Json.Serialization;
using AssetBank.Core.Tagging;
using AssetBank.Application.Ingesting;
using AssetBank.Ingestion;
using AssetBank.Tagging.Evaluation;

namespace AssetBank.TaggingEval;

/// <summary>How well the configured tagger's tags, as the catalog holds them after ingesting a sample library, match its manifest.</summary>
/// <param name="Library">The library folder.</param>
/// <param name="Size">The manifest's size (<c>small</c>, <c>large</c>).</param>
/// <param name="ManifestEntries">Files the manifest lists.</param>
/// <param name="ThemedEntries">Files that carry at least one theme (the asset-level items).</param>
/// <param name="Tagger">The tagger that produced the tags (<c>lexicon</c>, <c>llm</c>).</param>
/// <param name="Options">The confidence floor, top K and hierarchy convention the scores use.</param>
/// <param name="Ingestion">What the ingestion run did.</param>
/// <param name="Overall">All judged items: assets and parts.</param>
/// <param name="WithText">The judged items ingestion gave the tagger text for: what the tagger itself makes of words.</param>
/// <param name="ByKind">One summary per scored kind, in a fixed order (files first, then their parts).</param>
/// <param name="Sweep">The overall scores at a few confidence floors, to see where precision and recall trade.</param>
/// <param name="Misses">Every item and dimension with a missing or wrong label.</param>
/// <param name="Notes">What could not be judged, and why.</param>
/// <param name="Machine">Processor, cores, OS and runtime the run used.</param>
public sealed record LibraryEvaluation(
    string Library,
    string Size,
    int Seed,
    string GeneratorVersion,
    int ManifestEntries,
    int ThemedEntries,
    string Tagger,
    string TaxonomyVersion,
    TaggingEvaluationOptions Options,
    IngestionReport Ingestion,
    ScoreSummary Overall,
    ScoreSummary WithText,
    ScoreSummary Assets,
    ScoreSummary Parts,
    IReadOnlyList<ScoreSummary> ByKind,
    IReadOnlyList<ThresholdScore> Sweep,
    IReadOnlyList<LibraryMiss> Misses,
    IReadOnlyList<string> Notes,
    string Machine,
    DateTimeOffset MeasuredAt)
{
    /// <summary>Every scored item with its tags (large; left out of the JSON report).</summary>
    [JsonIgnore]
    public IReadOnlyList<EvaluatedItem> Items { get; init; } = [];

    /// <summary>The summary of one kind, or null when the library had none of it.</summary>
    public ScoreSummary? Kind(string kind) => ByKind.FirstOrDefault(k => string.Equals(k.Name, kind, StringComparison.Ordinal));

    /// <summary>Shorthand for <c>Overall[dimension]</c>.</summary>
    public DimensionScore this[TagDimension dimension] => Overall[dimension];
}
