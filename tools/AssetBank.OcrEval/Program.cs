using System.Diagnostics;
using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Media;
using AssetBank.Media.Ocr;
using AssetBank.Media.Processes;
using AssetBank.OcrEval;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.Options;

const string Usage = """
    AssetBank.OcrEval — caption-line recall, character accuracy and cost of OCR on generated videos with known
    burned-in captions, and media ingest of a 60 s 720p video with OCR off and on (the baseline, same run).

    usage: AssetBank.OcrEval frame [EARLIER.pgm ...] FRAME.pgm     (what OCR makes of one grey frame after the earlier samples)
           AssetBank.OcrEval [OUT_DIR] [--seconds 20] [--fps X] [--reuse] [--verbose] [--no-ingest] [--require-lines X] [--require-chars X]
    """;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}

var inv = CultureInfo.InvariantCulture;
if (args.Length >= 2 && args[0] == "frame")
{
    using var inspectRunner = new ProcessRunner(2);
    await FrameInspector.RunAsync(inspectRunner, args[1..], new OcrOptions(), CancellationToken.None);
    return 0;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var folder = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : Directory.CreateTempSubdirectory("assetbank-ocreval-").FullName;
Directory.CreateDirectory(folder);
var seconds = double.Parse(Option("--seconds") ?? "20", inv);
var verbose = args.Contains("--verbose");
var reuse = args.Contains("--reuse"); // keep videos an earlier run wrote to OUT_DIR
var options = new MediaOptions();
options.Ocr.FramesPerSecond = Option("--fps") is { } fps ? double.Parse(fps, inv) : options.Ocr.FramesPerSecond;

using var runner = new ProcessRunner(options.MaxConcurrentProcesses);
var generator = new CaptionVideoGenerator(runner);
var ct = CancellationToken.None;
Console.WriteLine($"# OCR evaluation, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

var videos = new List<(string Name, double Seconds, IReadOnlyList<CaptionTruth> Truth)>();
var offset = 0;
foreach (var background in CaptionVideoGenerator.Backgrounds)
{
    var truth = await generator.WriteAsync(folder, background.Name, background, seconds, offset, reuse, ct);
    videos.Add((background.Name, seconds, truth));
    offset += truth.Count;
}

var tvc = await generator.WriteAsync(folder, "tvc-60s", CaptionVideoGenerator.Backgrounds[3], 60, offset, reuse, ct);
videos.Add(("tvc-60s", 60, tvc));

var reader = new VideoTextReader(runner, options, ChineseDictionaryOcrLexicon.Default);
ChineseDictionaryOcrLexicon.Default.Contains("预热"); // load the dictionary outside the timings
int lines = 0, found = 0, exact = 0, characters = 0, correct = 0, extra = 0;
double ocrSeconds = 0, videoSeconds = 0;
Console.WriteLine("| video | lines | found | exact | char accuracy | extra lines | OCR s | × real time |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (name, length, truth) in videos)
{
    var work = Path.Combine(folder, "work-" + name);
    var clock = Stopwatch.StartNew();
    var result = await reader.ReadAsync(Path.Combine(folder, name + ".mp4"), 0, length, work, ct);
    clock.Stop();
    Directory.Delete(work, recursive: true);
    var score = CaptionScorer.Score(truth, result.Lines);
    lines += truth.Count;
    found += score.Found;
    exact += score.Exact;
    characters += score.Characters;
    correct += score.Correct;
    extra += score.Extra;
    ocrSeconds += clock.Elapsed.TotalSeconds;
    videoSeconds += length;
    Console.WriteLine(string.Create(inv,
        $"| {name} | {truth.Count} | {score.Found} | {score.Exact} | {(double)score.Correct / score.Characters:P1} | {score.Extra} | {clock.Elapsed.TotalSeconds:0.0} | {length / clock.Elapsed.TotalSeconds:0.0} |"));
    if (verbose)
    {
        foreach (var line in score.Details)
        {
            Console.WriteLine("    " + line);
        }

        foreach (var warning in result.Warnings)
        {
            Console.WriteLine("    warning: " + warning);
        }
    }
}

Console.WriteLine(string.Create(inv,
    $"| **all** | {lines} | {found} ({(double)found / lines:P1}) | {exact} ({(double)exact / lines:P1}) | {(double)correct / characters:P1} | {extra} | {ocrSeconds:0.0} | {videoSeconds / ocrSeconds:0.0} |"));
Console.WriteLine(string.Create(inv, $"# OCR cost: {ocrSeconds / (videoSeconds / 60):0.0} s of wall time per minute of video"));

// Media ingest of the 60 s TVC (probe, shots, keyframes, hashes, audio, OCR), OCR off first as the baseline.
if (args.Contains("--no-ingest"))
{
    return Verdict();
}

var storeRoot = Path.Combine(folder, "store");
Directory.CreateDirectory(storeRoot);
var store = new FileSystemObjectStore(storeRoot);
var asset = new Asset { Key = "tvc-60s.mp4", ETag = "bench", Kind = AssetKind.Video };
var timings = new List<(bool Ocr, double Seconds)>();
foreach (var ocr in new[] { false, true, false, true })
{
    var runOptions = new MediaOptions();
    runOptions.Ocr.Enabled = ocr;
    runOptions.Ocr.FramesPerSecond = options.Ocr.FramesPerSecond;
    using var analyzer = new MediaAnalyzer(runner, store, Options.Create(runOptions), ocrLexicon: ChineseDictionaryOcrLexicon.Default);
    var clock = Stopwatch.StartNew();
    var analysis = await analyzer.AnalyzeAsync(asset, Path.Combine(folder, "tvc-60s.mp4"), ct);
    timings.Add((ocr, clock.Elapsed.TotalSeconds));
    Console.WriteLine(string.Create(inv, $"# 60 s 720p media analysis, OCR {(ocr ? "on " : "off")}: {clock.Elapsed.TotalSeconds:0.0} s = {60 / clock.Elapsed.TotalSeconds:0.0}× real time ({analysis.Shots.Count} shots, {analysis.Shots.Sum(s => s.OcrLines?.Count ?? 0)} shot OCR lines)"));
}

var off = timings.Where(t => !t.Ocr).Min(t => t.Seconds);
var on = timings.Where(t => t.Ocr).Min(t => t.Seconds);
Console.WriteLine(string.Create(inv, $"# best of two: OCR off {off:0.0} s ({60 / off:0.0}×), OCR on {on:0.0} s ({60 / on:0.0}×); OCR adds {on - off:0.0} s"));

return Verdict();

int Verdict()
{
    var failed = false;
    if (Option("--require-lines") is { } minLines && (double)found / lines < double.Parse(minLines, inv))
    {
        failed = true;
    }

    if (Option("--require-chars") is { } minChars && (double)correct / characters < double.Parse(minChars, inv))
    {
        failed = true;
    }

    return failed ? 1 : 0;
}
