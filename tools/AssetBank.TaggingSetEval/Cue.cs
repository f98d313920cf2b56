namespace AssetBank.TaggingSetEval;

/// <summary>One dimension value of the set and the phrases that show it without (mostly) naming it.</summary>
internal sealed record Cue(string Dimension, string Label, string[] Phrases);
