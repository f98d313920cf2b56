using System.Globalization;
using AssetBank.Media.Ocr;
using AssetBank.Media.Processes;

namespace AssetBank.OcrEval;

/// <summary>
/// Shows what OCR makes of one grey frame (PGM), given the sampled frames before it (oldest first) as a video would: its
/// bands, the raw readings and the filter's verdicts; the strips are written beside it.
/// </summary>
public static class FrameInspector
{
    public static async Task RunAsync(IProcessRunner runner, IReadOnlyList<string> pgmPaths, OcrOptions options, CancellationToken ct)
    {
        var frames = new List<GrayImage>();
        foreach (var file in pgmPaths)
        {
            frames.Add(Pgm.Decode(await File.ReadAllBytesAsync(file, ct)));
        }

        var pgmPath = pgmPaths[^1];
        var frame = frames[^1];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var strips = VideoTextReader.Strips(frame, options.MaxBandsPerFrame, 0.2, frames[..^1]);
        for (var i = 0; i < 9; i++)
        {
            VideoTextReader.Strips(frame, options.MaxBandsPerFrame, 0.2, frames[..^1]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bands and strips: {clock.Elapsed.TotalMilliseconds / 10:0.0} ms per frame (mean of 10)"));
        var filter = new OcrTextFilter(ChineseDictionaryOcrLexicon.Default, options.MinConfidence, options.MinWordCoverage);
        var alternatives = strips.Select(s => s.Alternatives()).ToList();
        var all = strips.SelectMany((s, i) => alternatives[i].Prepend(s.Strip)).ToList();
        var texts = all.Count == 0 ? [] : await new TesseractRecognizer(runner, options).RecognizeAsync(all, Path.GetDirectoryName(Path.GetFullPath(pgmPath))!, ct);
        var next = 0;
        for (var i = 0; i < strips.Count; i++)
        {
            var band = strips[i].Band;
            for (var j = 0; j <= alternatives[i].Count; j++, next++)
            {
                await File.WriteAllBytesAsync(string.Create(CultureInfo.InvariantCulture, $"{pgmPath}.strip{i}.{j}.pgm"), Pgm.Encode(all[next]), ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"band {band.X},{band.Y} {band.Width}×{band.Height} density {band.Density:0.00} #{j}: '{texts[next].Text}' ({texts[next].Confidence:0.00}) → {filter.Accept(texts[next].Text, texts[next].Confidence) ?? "(dropped)"}"));
            }
        }
    }
}
