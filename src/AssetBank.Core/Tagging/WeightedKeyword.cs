namespace AssetBank.Core.Tagging;

/// <summary>A word that hints at a term, with how much one occurrence counts (a label match counts 1.0).</summary>
public sealed record WeightedKeyword(string Text, double Weight);
