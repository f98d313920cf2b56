namespace AssetBank.Extraction.Documents;

/// <summary>The parts of a Word paragraph style that tell headings apart: its name, outline level and boldness.</summary>
internal sealed record DocxStyle(string? Name, int? OutlineLevel, bool Bold);
