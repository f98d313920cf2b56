namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A strategist's query and what it should and should not return.</summary>
public sealed record SampleQuery(string Id, string Text, string? ThemeId, IReadOnlyList<ExpectedMatch> Expected, IReadOnlyList<string> NotExpected);
