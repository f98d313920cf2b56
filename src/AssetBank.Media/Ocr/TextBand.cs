namespace AssetBank.Media.Ocr;

/// <summary>A rectangle of a frame that looks like one line of text.</summary>
/// <param name="Density">Share of the rectangle's pixels on strong edges: text scores high, flat or blurred areas low.</param>
public sealed record TextBand(int X, int Y, int Width, int Height, double Density);
