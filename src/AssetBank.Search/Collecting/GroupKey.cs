namespace AssetBank.Search.Collecting;

/// <summary>A kind on a channel (channel null when the document has none).</summary>
internal readonly record struct GroupKey(string Kind, string? Channel);
