namespace AssetBank.Extraction.Social;

/// <summary>One comment of a thread, as kept in the thread item's <c>comments</c> field (JSON, ranked by likes).</summary>
internal sealed record ThreadComment(string? Id, string Text, long Likes, long? Replies, string? Time, string? Author);
