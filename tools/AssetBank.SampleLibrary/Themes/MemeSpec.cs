namespace AssetBank.SampleLibrary.Themes;

/// <summary>A comment meme and the variations it is repeated with.</summary>
internal sealed record MemeSpec(string Id, string Canonical, IReadOnlyList<string> Variants);
