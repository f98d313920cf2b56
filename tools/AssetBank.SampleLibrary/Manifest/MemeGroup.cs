namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A comment meme: one template repeated with variations across several comments.</summary>
public sealed record MemeGroup(string Id, string Canonical, string? ThemeId, IReadOnlyList<string> CommentIds);
