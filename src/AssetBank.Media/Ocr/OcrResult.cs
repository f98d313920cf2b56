using AssetBank.Core.Media;

namespace AssetBank.Media.Ocr;

/// <summary>The text lines read from a video or image, and what went wrong on the way (a failed run, a limit reached).</summary>
public sealed record OcrResult(IReadOnlyList<OcrLine> Lines, IReadOnlyList<string> Warnings)
{
    public static OcrResult Empty { get; } = new([], []);
}
