namespace AssetBank.Media.Ocr;

/// <summary>
/// Reads text strips by their first binarisation, all in one batch, then reads the alternatives of only those strips
/// whose first reading was dropped or unsure, and keeps each strip's best accepted reading (confidence × length, as the
/// line merger weighs readings). Clean captions cost one reading; a caption over a busy picture gets a second chance.
/// </summary>
public sealed class StripReader
{
    private readonly TesseractRecognizer _recognizer;
    private readonly OcrTextFilter _filter;

    public StripReader(TesseractRecognizer recognizer, OcrTextFilter filter)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(filter);
        _recognizer = recognizer;
        _filter = filter;
    }

    /// <summary>The accepted text and confidence of each strip, or null where no binarisation read as text.</summary>
    /// <exception cref="MediaToolException">tesseract failed or ran past its time limit.</exception>
    public async Task<IReadOnlyList<(string Text, double Confidence)?>> ReadAsync(
        IReadOnlyList<(GrayImage Strip, Func<IReadOnlyList<GrayImage>> Alternatives)> strips, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(strips);
        var first = await _recognizer.RecognizeAsync([.. strips.Select(s => s.Strip)], workDirectory, cancellationToken);
        var best = new (string Text, double Confidence)?[strips.Count];
        var retry = new List<(int Strip, GrayImage Alternative)>();
        for (var i = 0; i < strips.Count; i++)
        {
            best[i] = Accept(first[i]);
            if (best[i] is not { Confidence: >= OcrTextFilter.ConfidentReading })
            {
                retry.AddRange(strips[i].Alternatives().Select(a => (i, a)));
            }
        }

        if (retry.Count == 0)
        {
            return best;
        }

        var second = await _recognizer.RecognizeAsync([.. retry.Select(r => r.Alternative)], workDirectory, cancellationToken);
        for (var j = 0; j < retry.Count; j++)
        {
            var i = retry[j].Strip;
            if (Accept(second[j]) is { } reading && (best[i] is not { } current || Weight(reading) > Weight(current)))
            {
                best[i] = reading;
            }
        }

        return best;
    }

    private (string Text, double Confidence)? Accept((string Text, double Confidence) raw) =>
        _filter.Accept(raw.Text, raw.Confidence) is { } text ? (text, raw.Confidence) : null;

    private static double Weight((string Text, double Confidence) reading) => reading.Confidence * reading.Text.Length;
}
