namespace AssetBank.TaggingEval;

/// <summary>The items to score and remarks on what could not be judged (no shots from a media stage, files missing).</summary>
public sealed record CollectedItems(IReadOnlyList<EvaluatedItem> Items, IReadOnlyList<string> Notes);
