namespace AssetBank.Extraction.Documents;

/// <summary>What a Word paragraph is to the document's structure.</summary>
internal enum DocxParagraphKind
{
    Body,
    Title,
    Heading,
}
