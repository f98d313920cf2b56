namespace AssetBank.SampleLibrary.Manifest;

/// <summary>One note or comment of an export: its id, the theme it belongs to (null when off-topic) and its meme group, if any.</summary>
public sealed record SocialItemFacts(string Id, string? ThemeId, string? MemeId);
