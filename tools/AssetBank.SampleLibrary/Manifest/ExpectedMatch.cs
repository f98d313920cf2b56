namespace AssetBank.SampleLibrary.Manifest;

/// <summary>A file a query should find; for videos the shots, for exports the items (note or comment ids) that fit.</summary>
public sealed record ExpectedMatch(string Path, IReadOnlyList<int> Shots, IReadOnlyList<string> Items);
