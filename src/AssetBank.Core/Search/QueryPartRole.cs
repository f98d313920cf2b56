namespace AssetBank.Core.Search;

/// <summary>What a part of the query text became.</summary>
public enum QueryPartRole
{
    /// <summary>Resolved to taxonomy terms: scored by tag confidence, and by the words in the text.</summary>
    Dimension = 0,

    /// <summary>Searched as words in the text fields (and as CJK bigrams with a lower weight).</summary>
    FreeText = 1,

    /// <summary>An explicit filter: <c>kind:</c>, <c>channel:</c>, <c>client:</c>, <c>date:</c>.</summary>
    Filter = 2,
}
