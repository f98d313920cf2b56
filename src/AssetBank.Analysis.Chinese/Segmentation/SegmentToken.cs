namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>One token found by the <see cref="Segmenter"/>: a range of the block and its kind.</summary>
/// <param name="Start">First char, relative to the block.</param>
/// <param name="End">One past the last char, relative to the block.</param>
/// <param name="Kind">What it is.</param>
/// <param name="IsSubWord">A part of the token before it (index mode), at the same position.</param>
internal readonly record struct SegmentToken(int Start, int End, TokenKind Kind, bool IsSubWord);
