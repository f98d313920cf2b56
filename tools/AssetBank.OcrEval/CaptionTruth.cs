namespace AssetBank.OcrEval;

/// <summary>One caption burned into a generated video, and how it was drawn.</summary>
public sealed record CaptionTruth(string Text, double Start, double End, string Style);
