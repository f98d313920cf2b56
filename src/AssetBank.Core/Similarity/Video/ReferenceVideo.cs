namespace AssetBank.Core.Similarity.Video;

/// <summary>A reference video as imported: its file's size and time (for incremental re-import), length and keyframes.</summary>
public sealed record ReferenceVideo(string Library, string ItemId, long Size, DateTimeOffset Modified, double DurationSeconds, IReadOnlyList<ReferenceVideoFrame> Frames);
