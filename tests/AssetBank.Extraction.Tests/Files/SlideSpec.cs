namespace AssetBank.Extraction.Tests.Files;

/// <summary>One slide for <see cref="PptxWriter"/>.</summary>
internal sealed record SlideSpec(string? Title, string[] Body, string? Notes, string? PictureAlt, string[][]? Table);
