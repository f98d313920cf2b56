using System.Globalization;
using AssetBank.CutAccuracy;
using AssetBank.Core.Errors;
using AssetBank.Media;
using AssetBank.Media.Probing;
using AssetBank.Media.Processes;
using AssetBank.Media.Shots;
using Microsoft.Extensions.Options;

const string Usage = """
    AssetBank.CutAccuracy — precision and recall of shot-boundary detection, and its speed.

    usage:
      AssetBank.CutAccuracy VIDEOS_DIR TRUTH.json [options]
          TRUTH.json: {"file.mp4": [cut seconds, ...]} or a sample library manifest.json
      AssetBank.CutAccuracy synth OUT_DIR [--width 1280] [--height 720]
          writes video_<H>p.mp4 (60 s, 7 cuts), dissolve_<H>p.mp4 (1 s crossfade) and cuts.json

    options:
      --tolerance S      match window in seconds (default 0.5)
      --threshold X      Media:SceneThreshold      --certain X   Media:SceneCertainThreshold
      --contrast X       Media:SceneContrast       --dissolve X  Media:DissolveThreshold
      --sample-rate X    Media:DissolveSampleRate  --min-shot S  Media:MinShotLength (seconds)
      --require X        exit 1 when overall precision or recall is below X
      --verbose          list detected boundaries per file
    """;

var inv = CultureInfo.InvariantCulture;
if (args.Length < 2 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return args.Length < 2 && !args.Contains("--help") && !args.Contains("-h") ? 2 : 0;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
double? Number(string name) => Option(name) is { } text ? double.Parse(text, inv) : null;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var options = new MediaOptions();
options.SceneThreshold = Number("--threshold") ?? options.SceneThreshold;
options.SceneCertainThreshold = Number("--certain") ?? options.SceneCertainThreshold;
options.SceneContrast = Number("--contrast") ?? options.SceneContrast;
options.DissolveThreshold = Number("--dissolve") ?? options.DissolveThreshold;
options.DissolveSampleRate = Number("--sample-rate") ?? options.DissolveSampleRate;
options.MinShotLength = Number("--min-shot") is { } minShot ? TimeSpan.FromSeconds(minShot) : options.MinShotLength;
var tolerance = Number("--tolerance") ?? 0.5;
var verbose = args.Contains("--verbose");

using var runner = new ProcessRunner(options.MaxConcurrentProcesses);
try
{
    if (args[0] == "synth")
    {
        var width = (int)(Number("--width") ?? 1280);
        var height = (int)(Number("--height") ?? 720);
        var cutsFile = await SyntheticVideos.WriteAsync(args[1], width, height, runner, cancellation.Token);
        Console.WriteLine($"written: {cutsFile}");
        return 0;
    }

    var folder = args[0];
    var truth = await GroundTruth.LoadAsync(args[1], cancellation.Token);
    var wrapped = Options.Create(options);
    var prober = new MediaProber(runner, wrapped);
    var detector = new ShotDetector(runner, wrapped);

    Console.WriteLine(string.Create(inv, $"{"file",-44} {"cuts",5} {"found",5} {"TP",4} {"FP",4} {"FN",4} {"prec",6} {"recall",6} {"speed",8}"));
    var overall = new CutScore(0, 0, 0);
    double mediaSeconds = 0, wallSeconds = 0;
    foreach (var (relative, expected) in truth.OrderBy(t => t.Key, StringComparer.Ordinal))
    {
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
        {
            Console.WriteLine($"{ConsoleText.Pad(relative, 45)}missing, skipped");
            continue;
        }

        try
        {
            var probe = await prober.ProbeAsync(path, cancellation.Token);
            var result = await detector.DetectAsync(path, probe, cancellation.Token);
            var found = result.Boundaries.Select(b => b.Time).ToList();
            var score = CutScore.Compare(found, expected, tolerance);
            overall += score;
            mediaSeconds += result.DecodedSeconds;
            wallSeconds += result.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(inv,
                $"{ConsoleText.Pad(relative, 45)}{expected.Count,5} {found.Count,5} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4} {score.Precision,6:0.000} {score.Recall,6:0.000} {result.SpeedFactor,7:0.0}x"));
            if (verbose)
            {
                Console.WriteLine("    expected: " + string.Join(' ', expected.Select(t => t.ToString("0.00", inv))));
                Console.WriteLine("    found:    " + string.Join(' ', result.Boundaries.Select(b => string.Create(inv, $"{b.Time:0.00}({b.Kind.ToString()[0]}{b.Score:0.00})"))));
            }
        }
        catch (Exception ex) when (ex is MediaToolException or FormatException)
        {
            Console.WriteLine($"{ConsoleText.Pad(relative, 45)}failed: {ex.Message.Split('\n')[0]}");
        }
    }

    var speed = wallSeconds > 0 ? mediaSeconds / wallSeconds : 0;
    Console.WriteLine(string.Create(inv,
        $"{"overall",-44} {overall.TruePositives + overall.FalseNegatives,5} {overall.TruePositives + overall.FalsePositives,5} {overall.TruePositives,4} {overall.FalsePositives,4} {overall.FalseNegatives,4} {overall.Precision,6:0.000} {overall.Recall,6:0.000} {speed,7:0.0}x"));
    Console.WriteLine(string.Create(inv, $"tolerance ±{tolerance:0.##} s; speed = media seconds decoded / wall seconds, {Environment.ProcessorCount} cores"));

    if (Number("--require") is { } floor && (overall.Precision < floor || overall.Recall < floor))
    {
        await Console.Error.WriteLineAsync(string.Create(inv, $"below the required {floor:0.00}"));
        return 1;
    }

    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (Exception ex) when (ex is AssetBankException or IOException or InvalidDataException or System.Text.Json.JsonException)
{
    await Console.Error.WriteLineAsync("error: " + ex.Message);
    return 1;
}
