using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Media.Processes;

namespace AssetBank.Media.Ocr;

/// <summary>
/// Reads the text burned into a video: ffmpeg samples grey frames (a few per second, in chunks of
/// <see cref="ChunkSeconds"/> so the working files stay small), each frame's text bands are found and binarised, a
/// strip that stays the same across frames is kept once, the distinct strips are read by tesseract a page at a time,
/// and readings are filtered and merged into lines with the time range they were on screen.
/// </summary>
public sealed class VideoTextReader
{
    public const double ChunkSeconds = 30;

    private readonly IProcessRunner _runner;
    private readonly MediaOptions _media;
    private readonly OcrOptions _options;
    private readonly StripReader _reader;

    public VideoTextReader(IProcessRunner runner, MediaOptions media, IOcrLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(media);
        _runner = runner;
        _media = media;
        _options = media.Ocr;
        _reader = new StripReader(new TesseractRecognizer(runner, _options), new OcrTextFilter(lexicon, _options.MinConfidence, _options.MinWordCoverage));
    }

    /// <summary>The sampling rate for a video of <paramref name="durationSeconds"/>: the configured rate, lowered so the frame count stays within its limit.</summary>
    public static double SamplingRate(OcrOptions options, double durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(options);
        return durationSeconds <= 0 ? options.FramesPerSecond : Math.Min(options.FramesPerSecond, options.MaxFramesPerVideo / durationSeconds);
    }

    public static IReadOnlyList<string> BuildFrameArguments(string path, int streamIndex, double start, double length, double fps, string outputPattern, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string> { "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y" };
        if (start > 0)
        {
            args.AddRange(["-ss", start.ToString("0.###", CultureInfo.InvariantCulture)]);
        }

        // Only a few frames a second are looked at, so B-frames need not be decoded: the sampler takes the nearest I- or
        // P-frame (a few hundredths of a second away). On x264 footage that is a quarter of the frames and a third of
        // the decoding time.
        args.AddRange(["-t", length.ToString("0.###", CultureInfo.InvariantCulture), "-skip_frame", "bidir"]);
        args.AddRange(FfmpegInput.Arguments(path, options));
        args.AddRange(
        [
            "-map", string.Create(CultureInfo.InvariantCulture, $"0:{streamIndex}"), "-an", "-sn",
            "-vf", string.Create(CultureInfo.InvariantCulture, $"fps={fps:0.####},scale='trunc(iw*sar)':ih,setsar=1,scale='min({options.Ocr.FrameMaxWidth},iw)':-2,format=gray"),
            "-f", "image2", "-start_number", "0", outputPattern,
        ]);
        return args;
    }

    public async Task<OcrResult> ReadAsync(string path, int streamIndex, double durationSeconds, string workDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var clock = Stopwatch.StartNew();
        var warnings = new List<string>();
        var fps = SamplingRate(_options, durationSeconds);
        var interval = TimeSpan.FromSeconds(1 / fps);
        var tracker = new StripTracker();
        var previous = new Queue<GrayImage>();
        var framesDirectory = Path.Combine(workDirectory, "ocr-frames");
        Directory.CreateDirectory(framesDirectory);
        for (var chunkStart = 0.0; chunkStart < durationSeconds; chunkStart += ChunkSeconds)
        {
            if (clock.Elapsed > _options.MaxTimePerAsset)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"OCR stopped at {chunkStart:0} s of {durationSeconds:0} s: time limit of {_options.MaxTimePerAsset.TotalSeconds:0} s reached"));
                break;
            }

            var length = Math.Min(ChunkSeconds, durationSeconds - chunkStart);
            var pattern = Path.Combine(framesDirectory, "f-%05d.pgm");
            var request = new ProcessRequest(_media.FfmpegPath, BuildFrameArguments(path, streamIndex, chunkStart, length, fps, pattern, _media))
            {
                Timeout = _media.DecodeTimeout(TimeSpan.FromSeconds(length)),
                MaxStdoutBytes = 64 * 1024,
            };
            var result = await _runner.RunAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                if (result.StopReason == ProcessStopReason.Cancelled)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"OCR frames from {chunkStart:0} s could not be sampled: {result.Describe()}"));
            }

            foreach (var file in Directory.EnumerateFiles(framesDirectory, "f-*.pgm").Order(StringComparer.Ordinal))
            {
                var number = int.Parse(Path.GetFileNameWithoutExtension(file)[2..], NumberStyles.None, CultureInfo.InvariantCulture);
                var time = TimeSpan.FromSeconds(chunkStart + (number / fps));
                try
                {
                    var frame = Pgm.Decode(await File.ReadAllBytesAsync(file, cancellationToken));
                    // A band found by holding still through the earlier samples was on screen in them already.
                    var since = time - (interval * previous.Count);
                    tracker.Add(time, Strips(frame, _options.MaxBandsPerFrame, 0.2, [.. previous]), since < TimeSpan.Zero ? TimeSpan.Zero : since);
                    previous.Enqueue(frame);
                    if (previous.Count >= _options.StillFrames)
                    {
                        previous.Dequeue();
                    }
                }
                catch (FormatException)
                {
                    // A frame cut short by a failed run: skip it.
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }

        // At a frame or more a second a caption is on screen for at least two samples; a band seen once is picture texture.
        IReadOnlyList<StripTrack> tracks = fps >= 1 ? [.. tracker.Tracks.Where(t => t.Persistent)] : tracker.Tracks;
        if (tracks.Count > _options.MaxStripsPerVideo)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"OCR read {_options.MaxStripsPerVideo} of {tracks.Count} distinct text strips (Media:Ocr:MaxStripsPerVideo)"));
            tracks = [.. tracks.OrderByDescending(t => (t.Last - t.First).Ticks).Take(_options.MaxStripsPerVideo).OrderBy(t => t.First)];
        }

        if (tracks.Count == 0)
        {
            return new OcrResult([], warnings);
        }

        IReadOnlyList<(string Text, double Confidence)?> texts;
        try
        {
            texts = await _reader.ReadAsync([.. tracks.Select(t => (t.Strip, t.Alternatives))], workDirectory, cancellationToken);
        }
        catch (MediaToolException ex)
        {
            warnings.Add($"OCR failed: {ex.Reason}");
            return new OcrResult([], warnings);
        }

        var readings = new List<OcrReading>();
        for (var i = 0; i < tracks.Count; i++)
        {
            if (texts[i] is { } text)
            {
                var end = TimeSpan.FromSeconds(Math.Min(durationSeconds, (tracks[i].Last + interval).TotalSeconds));
                readings.Add(new OcrReading(tracks[i].First, end, text.Text, text.Confidence, tracks[i].Band.Y));
            }
        }

        return new OcrResult(OcrLineMerger.Merge(readings, interval), warnings);
    }

    /// <summary>The binarised strips of a frame's text bands.</summary>
    /// <param name="previous">The previous sampled frames (video), oldest first; empty for a still image.</param>
    public static IReadOnlyList<TextStrip> Strips(GrayImage frame, int maxBands, double maxBandHeightShare, IReadOnlyList<GrayImage>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var still = previous is { Count: > 0 } ? StillMask.From(frame, previous) : null;
        var strips = new List<TextStrip>();
        foreach (var band in TextBandDetector.Detect(frame, maxBands, maxBandHeightShare: maxBandHeightShare, still: still))
        {
            if (TextStripBinarizer.Strip(frame, band, still) is { } strip)
            {
                strips.Add(strip);
            }
        }

        return strips;
    }

    /// <summary>The lines seen during each time range (a line spanning a cut belongs to both shots).</summary>
    public static IReadOnlyList<IReadOnlyList<OcrLine>?> AssignToShots(IReadOnlyList<(TimeSpan Start, TimeSpan End)> shots, IReadOnlyList<OcrLine> lines)
    {
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(lines);
        var assigned = new IReadOnlyList<OcrLine>?[shots.Count];
        for (var i = 0; i < shots.Count; i++)
        {
            var (start, end) = shots[i];
            var overlapping = lines
                .Where(l => Overlap(l, start, end) >= Math.Min(0.3, (end - start).TotalSeconds * 0.5))
                .OrderBy(l => l.Start)
                .ToList();
            assigned[i] = overlapping.Count > 0 ? overlapping : null;
        }

        return assigned;
    }

    private static double Overlap(OcrLine line, TimeSpan start, TimeSpan end) =>
        ((line.End < end ? line.End : end) - (line.Start > start ? line.Start : start)).TotalSeconds;
}
