namespace AssetBank.SampleLibrary.Themes;

/// <summary>A Xiaohongshu-style note; the hashtags are appended to the body as <c>#tag</c>.</summary>
internal sealed record NoteSpec(string Title, string Body, IReadOnlyList<string> Hashtags);
