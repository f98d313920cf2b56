namespace AssetBank.Core.Search;

/// <summary>One facet entry: a value (term id, kind, channel), its display label and how many matches carry it.</summary>
public sealed record FacetValue(string Value, string Label, long Count);
