using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>The validated tags the model gave for one unit, and how many of its labels were outside the taxonomy.</summary>
internal sealed record LlmUnitAnswer(IReadOnlyList<TagAssignment> Tags, int Given, int Dropped);
