namespace AssetBank.Core.Assets;

/// <summary>The container or file format recognised from magic bytes.</summary>
public enum ContentFormat
{
    Unknown = 0,
    Mp4,
    QuickTime,
    Matroska,
    WebM,
    Jpeg,
    Png,
    WebP,
    Gif,
    Tiff,
    Mp3,
    Wav,
    Aac,
    M4a,
    Flac,
    Ogg,
    Docx,
    Pptx,
    Xlsx,
    Pdf,
    PlainText,
    Markdown,
    Csv,
    Json,
}
