using System.Diagnostics;
using System.Runtime.ExceptionServices;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary;

/// <summary>
/// Generates the sample library: videos, images, audio, copy, KOL lists, social exports and bad inputs,
/// all synthesised (ffmpeg lavfi sources and hand-written Chinese text), plus <c>manifest.json</c>.
/// </summary>
public static class SampleLibraryGenerator
{
    public const string Name = "AssetBank.SampleLibrary";

    /// <summary>Bump when the generated names, cuts or texts change for a given seed.</summary>
    public const string Version = "1.0.0";

    /// <summary>The folders the generator owns under the library root; they are replaced on each run.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } = ["videos", "images", "audio", "copy", "kol", "social", "bad"];

    /// <summary>The manifest a run with these settings writes, without writing anything.</summary>
    public static SampleManifest Plan(LibrarySize size, int seed) => LibraryPlanner.Build(size, seed).Manifest;

    /// <summary>Writes the library and its manifest into <see cref="GeneratorOptions.OutputDirectory"/>.</summary>
    public static async Task<GenerationSummary> GenerateAsync(GeneratorOptions options, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var plan = LibraryPlanner.Build(options.Size, options.Seed);
        var font = FontLocator.Resolve(options.FontFile);
        var root = Path.GetFullPath(options.OutputDirectory);
        PrepareRoot(root);

        var work = Path.Combine(Path.GetTempPath(), "assetbank-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            using var runner = new ProcessRunner(options.MaxParallel, options.EffectiveProcessTimeout);
            var context = new StepContext(root, work, runner, options.FfmpegPath, font, plan.Profile);
            await RunStepsAsync(plan.Steps, context, progress, ct);

            var manifestPath = Path.Combine(root, SampleManifest.FileName);
            var temporary = manifestPath + ".tmp";
            await plan.Manifest.SaveAsync(temporary, ct);
            File.Move(temporary, manifestPath, overwrite: true);

            stopwatch.Stop();
            return new GenerationSummary(root, manifestPath, Summarise(root, plan.Manifest), stopwatch.Elapsed);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void PrepareRoot(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, SampleManifest.FileName)))
            {
                throw new IOException($"{root} is not empty and holds no {SampleManifest.FileName}; refusing to write a sample library into it.");
            }

            // A previous library: replace only what the generator owns.
            File.Delete(Path.Combine(root, SampleManifest.FileName));
            foreach (var folder in OwnedFolders)
            {
                var path = Path.Combine(root, folder);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }

        Directory.CreateDirectory(root);
    }

    private static async Task RunStepsAsync(IReadOnlyList<GenerationStep> steps, StepContext context, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        var total = steps.Sum(s => s.Outputs.Count);
        var written = 0;
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(ct);
        foreach (var phase in steps.GroupBy(s => s.Phase).OrderBy(g => g.Key))
        {
            var tasks = phase.Select(async step =>
            {
                try
                {
                    await step.RunAsync(context, failFast.Token);
                }
                catch
                {
                    // One failed step stops the others instead of letting them run to the end.
                    await failFast.CancelAsync();
                    throw;
                }

                var done = Interlocked.Add(ref written, step.Outputs.Count);
                progress?.Report(new GenerationProgress(done, total, step.Outputs[^1]));
            }).ToList();

            try
            {
                await Task.WhenAll(tasks);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // Surface the step that failed, not the ones cancelled because of it.
                var failure = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)
                    .FirstOrDefault(e => e is not OperationCanceledException);
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                throw;
            }
        }
    }

    private static List<KindSummary> Summarise(string root, SampleManifest manifest) =>
        [.. manifest.Entries
            .GroupBy(e => e.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new KindSummary(
                g.Key,
                g.Count(),
                g.Sum(e => new FileInfo(Path.Combine(root, e.Path.Replace('/', Path.DirectorySeparatorChar))).Length)))];
}
