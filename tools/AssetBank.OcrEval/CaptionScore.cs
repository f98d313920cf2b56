namespace AssetBank.OcrEval;

/// <summary>How well one video's captions were read.</summary>
/// <param name="Found">Captions matched by an OCR line overlapping them in time with at least half their characters right.</param>
/// <param name="Exact">Captions read exactly.</param>
/// <param name="Characters">Characters in all captions.</param>
/// <param name="Correct">Characters read right: length minus edit distance to the best overlapping line, never below zero.</param>
/// <param name="Extra">OCR lines that match no caption.</param>
public sealed record CaptionScore(int Found, int Exact, int Characters, int Correct, int Extra, IReadOnlyList<string> Details);
