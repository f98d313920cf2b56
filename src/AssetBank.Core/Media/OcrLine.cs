namespace AssetBank.Core.Media;

/// <summary>One line of text read from the picture (a burned-in caption, a slogan on a poster) by OCR.</summary>
/// <param name="Text">The line as read, after merging repeated readings; Chinese without spaces between characters.</param>
/// <param name="Start">When the line first appeared in a sampled frame (zero for still images).</param>
/// <param name="End">When it was last seen, plus one sampling interval (zero for still images).</param>
/// <param name="Confidence">The OCR engine's mean confidence for the line, 0–1.</param>
public sealed record OcrLine(string Text, TimeSpan Start, TimeSpan End, double Confidence);
