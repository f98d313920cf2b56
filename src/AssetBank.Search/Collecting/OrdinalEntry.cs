using AssetBank.Core.Tagging;

namespace AssetBank.Search.Collecting;

/// <summary>What a process-wide ordinal stands for: a kind × channel group, or a term of a dimension.</summary>
internal sealed record OrdinalEntry(GroupKey? Group, TagDimension Dimension, string? TermId);
