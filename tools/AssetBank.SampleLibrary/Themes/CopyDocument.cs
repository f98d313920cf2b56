namespace AssetBank.SampleLibrary.Themes;

/// <summary>A piece of ad copy: title, body paragraphs and slogans.</summary>
internal sealed record CopyDocument(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Slogans);
