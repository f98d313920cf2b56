namespace AssetBank.SegmentationEval;

/// <summary>A word as a char range of its sentence; two segmentations agree on a word when the ranges are equal.</summary>
internal readonly record struct Span(int Start, int End);
