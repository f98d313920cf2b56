namespace AssetBank.Media.Ocr;

/// <summary>One text band of a frame made ready for the recogniser: its first binarisation, and the other ones tried when that reads badly.</summary>
/// <param name="Alternatives">Makes the other binarisations; called only for strips whose first reading failed.</param>
public sealed record TextStrip(TextBand Band, GrayImage Strip, Func<IReadOnlyList<GrayImage>> Alternatives);
