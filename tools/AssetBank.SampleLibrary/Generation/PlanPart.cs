using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>What one planner contributes: manifest entries, the steps that write them, and similarity pairs.</summary>
internal sealed record PlanPart(
    IReadOnlyList<ManifestEntry> Entries,
    IReadOnlyList<GenerationStep> Steps,
    IReadOnlyList<DuplicatePair> Duplicates,
    IReadOnlyList<UnrelatedPair> Unrelated);
