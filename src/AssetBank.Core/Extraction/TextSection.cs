namespace AssetBank.Core.Extraction;

/// <param name="Location">Where the text sits: "slide 3", "page 2", "notes of slide 3".</param>
public sealed record TextSection(string? Heading, string Text, string? Location = null);
