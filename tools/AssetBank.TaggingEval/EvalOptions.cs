using AssetBank.SampleLibrary;

namespace AssetBank.TaggingEval;

/// <summary>What the console tool was asked to do.</summary>
/// <param name="Library">An existing sample library to evaluate, or null to generate one.</param>
/// <param name="Generate">The size to generate when <paramref name="Library"/> is null.</param>
internal sealed record EvalOptions(string? Library, LibrarySize Generate, int Seed, double MinConfidence, bool Json);
