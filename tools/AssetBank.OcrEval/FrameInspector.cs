using System.Globalization;
using AssetBank.Media.Ocr;
using AssetBank.Media.Processes;

namespace AssetBank.OcrEval;

/// <summary>Shows what OCR makes of one grey frame (PGM): its bands, the raw readings and the filter's verdicts; the strips are written beside it.</summary>
public static class FrameInspector
{
    public static async Task RunAsync(IProcessRunner runner, string pgmPath, OcrOptions options, CancellationToken ct)
    {
        var frame = Pgm.Decode(await File.ReadAllBytesAsync(pgmPath, ct));
        var strips = VideoTextReader.Strips(frame, options.MaxBandsPerFrame, 0.2);
        var filter = new OcrTextFilter(ChineseDictionaryOcrLexicon.Default, options.MinConfidence, options.MinWordCoverage);
        var texts = strips.Count == 0 ? [] : await new TesseractRecognizer(runner, options).RecognizeAsync([.. strips.Select(s => s.Strip)], Path.GetDirectoryName(Path.GetFullPath(pgmPath))!, ct);
        for (var i = 0; i < strips.Count; i++)
        {
            var (band, strip) = strips[i];
            await File.WriteAllBytesAsync(string.Create(CultureInfo.InvariantCulture, $"{pgmPath}.strip{i}.pgm"), Pgm.Encode(strip), ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"band {band.X},{band.Y} {band.Width}×{band.Height} density {band.Density:0.00}: '{texts[i].Text}' ({texts[i].Confidence:0.00}) → {filter.Accept(texts[i].Text, texts[i].Confidence) ?? "(dropped)"}"));
        }
    }
}
