namespace AssetBank.Media.Ocr;

/// <summary>One text band of a frame made ready for the recogniser: its first binarisation and the other ones tried when that reads badly.</summary>
public sealed record TextStrip(TextBand Band, GrayImage Strip, IReadOnlyList<GrayImage> Alternatives);
