namespace AssetBank.SampleLibrary.Generators;

/// <summary>The file formats copy documents are written in.</summary>
internal enum CopyFormat
{
    Utf8Text,
    Utf8BomText,
    Gb18030Text,
    Markdown,
    Docx,
}
