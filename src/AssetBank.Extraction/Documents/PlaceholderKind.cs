namespace AssetBank.Extraction.Documents;

/// <summary>Slide placeholders that matter to text extraction: the title, and furniture (slide number, header, footer, date, slide image) left out.</summary>
internal enum PlaceholderKind
{
    Title,
    Furniture,
}
