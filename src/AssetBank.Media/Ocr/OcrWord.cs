namespace AssetBank.Media.Ocr;

/// <summary>One word (for Chinese usually one to a few characters) of tesseract's TSV output.</summary>
/// <param name="Page">1-based page (image) of the run.</param>
/// <param name="Confidence">0–100 as tesseract reports it.</param>
public sealed record OcrWord(int Page, int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text);
