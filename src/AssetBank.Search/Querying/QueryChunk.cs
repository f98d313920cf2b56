namespace AssetBank.Search.Querying;

/// <summary>
/// A run of query text between strong separators; quoted chunks are searched as typed, never resolved. A chunk typed
/// with a leading <c>+</c> must match, one with a leading <c>-</c> must not.
/// </summary>
internal readonly record struct QueryChunk(string Text, bool Quoted, QueryModifier Modifier = QueryModifier.None);
