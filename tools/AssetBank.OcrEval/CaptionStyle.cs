namespace AssetBank.OcrEval;

/// <summary>How a caption is drawn with ffmpeg's drawtext: font, size, colours, a border or a box, and where.</summary>
public sealed record CaptionStyle(string Name, string FontFile, int Size, string Color, string Decoration, string X, string Y);
