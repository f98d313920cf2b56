namespace AssetBank.Search.Querying;

/// <summary>The prefix a chunk was typed with: none (ranked), <c>+</c> (must match) or <c>-</c> (must not match).</summary>
internal enum QueryModifier
{
    None,
    Required,
    Excluded,
}
