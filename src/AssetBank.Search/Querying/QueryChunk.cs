namespace AssetBank.Search.Querying;

/// <summary>A run of query text between strong separators; quoted chunks are searched as typed, never resolved.</summary>
internal readonly record struct QueryChunk(string Text, bool Quoted);
