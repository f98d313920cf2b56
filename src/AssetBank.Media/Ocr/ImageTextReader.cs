using AssetBank.Core.Media;
using AssetBank.Media.Processes;
using SkiaSharp;

namespace AssetBank.Media.Ocr;

/// <summary>Reads the text of a still image (posters, key visuals, screenshots): the same bands, strips and checks as for video frames, on one grey copy of the picture.</summary>
public sealed class ImageTextReader
{
    /// <summary>Pictures are read with their longer side at most this (poster headlines are large; body copy needs detail).</summary>
    public const int MaxLongSide = 2000;

    /// <summary>Largest picture decoded at full size for OCR when its format cannot decode at a fraction (40 MP, 160 MB of pixels).</summary>
    public const long MaxFullDecodePixels = 40_000_000;

    private readonly OcrOptions _options;
    private readonly StripReader _reader;

    public ImageTextReader(IProcessRunner runner, OcrOptions options, IOcrLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _reader = new StripReader(new TesseractRecognizer(runner, options), new OcrTextFilter(lexicon, options.MinConfidence, options.MinWordCoverage));
    }

    public async Task<OcrResult> ReadAsync(string path, string workDirectory, CancellationToken cancellationToken)
    {
        var picture = LoadGray(path);
        if (picture is null)
        {
            return new OcrResult([], [$"OCR: the image could not be decoded at a size fit for reading (at most {MaxFullDecodePixels / 1_000_000} MP when it cannot be decoded smaller)"]);
        }

        var strips = VideoTextReader.Strips(picture, _options.MaxBandsPerImage, 0.35);
        if (strips.Count == 0)
        {
            return OcrResult.Empty;
        }

        IReadOnlyList<(string Text, double Confidence)?> texts;
        try
        {
            texts = await _reader.ReadAsync([.. strips.Select(s => (s.Strip, s.Alternatives))], workDirectory, cancellationToken);
        }
        catch (MediaToolException ex)
        {
            return new OcrResult([], [$"OCR failed: {ex.Reason}"]);
        }

        var readings = new List<OcrReading>();
        for (var i = 0; i < strips.Count; i++)
        {
            if (texts[i] is { } text)
            {
                readings.Add(new OcrReading(TimeSpan.Zero, TimeSpan.Zero, text.Text, text.Confidence, strips[i].Band.Y));
            }
        }

        // Reading order: top to bottom; repeated slogans (a logo lock-up twice) once.
        var lines = readings
            .OrderBy(r => r.Top)
            .DistinctBy(r => r.Text)
            .Select(r => new OcrLine(r.Text, TimeSpan.Zero, TimeSpan.Zero, Math.Round(r.Confidence, 3)))
            .ToList();
        return new OcrResult(lines, []);
    }

    /// <summary>A grey copy with the longer side at most <see cref="MaxLongSide"/>; null when undecodable.</summary>
    public static GrayImage? LoadGray(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            return null;
        }

        // JPEG and WebP decode straight to a fraction of their size; a huge picture in a format that cannot (PNG) is
        // not decoded whole just to read its text.
        var full = codec.Info;
        var wanted = Math.Min(1.0, (double)MaxLongSide / Math.Max(full.Width, full.Height));
        var size = codec.GetScaledDimensions((float)wanted);
        if (size.Width >= full.Width && (long)full.Width * full.Height > MaxFullDecodePixels)
        {
            return null;
        }

        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (decoded.GetPixels() == IntPtr.Zero
            || codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)MaxLongSide / Math.Max(decoded.Width, decoded.Height));
        var width = Math.Max(1, (int)Math.Round(decoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(decoded.Height * scale));
        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(SKColors.White); // transparent areas read as paper
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        var rgba = target.GetPixelSpan();
        var gray = new byte[width * height];
        for (var i = 0; i < gray.Length; i++)
        {
            gray[i] = (byte)(((rgba[i * 4] * 77) + (rgba[(i * 4) + 1] * 150) + (rgba[(i * 4) + 2] * 29)) >> 8);
        }

        return new GrayImage(width, height, gray);
    }
}
