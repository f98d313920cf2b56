namespace AssetBank.Core.Search;

/// <summary>A matched span of a <see cref="SearchSnippet"/>: UTF-16 start and length.</summary>
public readonly record struct SnippetHighlight(int Start, int Length)
{
    public int End => Start + Length;
}
