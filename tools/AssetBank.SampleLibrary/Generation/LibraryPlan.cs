using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>The manifest of a library and the steps that write its files.</summary>
internal sealed record LibraryPlan(SampleManifest Manifest, IReadOnlyList<GenerationStep> Steps, SizeProfile Profile);
