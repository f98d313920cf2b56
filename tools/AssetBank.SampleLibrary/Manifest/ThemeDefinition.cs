namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A theme of the sample library: its tags and the words a lexicon tagger should find in its content.</summary>
public sealed record ThemeDefinition(string Id, string Brand, ThemeTags Tags, IReadOnlyList<string> Keywords);
