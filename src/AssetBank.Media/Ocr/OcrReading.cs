namespace AssetBank.Media.Ocr;

/// <summary>What the recogniser read in one strip: a line of text seen from <paramref name="Start"/> to <paramref name="End"/>.</summary>
/// <param name="Confidence">0–1.</param>
/// <param name="Top">The strip's top in the frame, to tell two lines shown at once apart.</param>
public sealed record OcrReading(TimeSpan Start, TimeSpan End, string Text, double Confidence, int Top);
