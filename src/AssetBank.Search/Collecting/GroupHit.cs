namespace AssetBank.Search.Collecting;

/// <summary>One of a group's best documents: global doc id, relevance score, and what it was ranked by (score or date).</summary>
internal readonly record struct GroupHit(int Doc, float Score, double Priority);
