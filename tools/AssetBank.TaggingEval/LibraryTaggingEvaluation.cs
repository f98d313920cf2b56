using System.Globalization;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;
using AssetBank.Hosting;
using AssetBank.Application.Ingesting;
using AssetBank.Ingestion;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.Tagging.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.TaggingEval;

/// <summary>
/// Ingests a generated sample library in place through the real composition root (folder store rooted at the library,
/// SQLite catalog in a work folder, the configured tagger: lexicon by default) and scores the catalog's effective tags
/// against the library's <c>manifest.json</c>, per dimension, per kind, for files and for their parts.
/// </summary>
/// <remarks>
/// The library folder is only read, except that a media stage, where one is composed, writes its keyframes under
/// <c>_derived/</c> in the store, which is the library folder. Configuration sources (<c>appsettings.json</c>,
/// <c>ASSETBANK__*</c>) still apply underneath the store, catalog and ingestion settings set here, so
/// <c>ASSETBANK__TAGGING__TAGGER=Llm</c> evaluates the LLM tagger the same way.
/// </remarks>
public static class LibraryTaggingEvaluation
{
    /// <summary>Confidence floors of the sweep: the lexicon tagger's own floor (0.25) upwards; one label match ≈ 0.49.</summary>
    public static IReadOnlyList<double> SweepFloors { get; } = [0.25, 0.4, 0.5, 0.6, 0.7];

    private static readonly string[] KindOrder =
        ["video", ItemKinds.VideoShot, "subtitle", "copy", "image", "audio", "social", ItemKinds.Note, ItemKinds.CommentThread, "kol-list", ItemKinds.KolRow];

    public static Task<LibraryEvaluation> RunAsync(string libraryFolder, string workFolder, double minConfidence, CancellationToken cancellationToken) =>
        RunAsync(libraryFolder, workFolder, new TaggingEvaluationOptions { MinConfidence = minConfidence }, null, cancellationToken);

    public static async Task<LibraryEvaluation> RunAsync(
        string libraryFolder,
        string workFolder,
        TaggingEvaluationOptions options,
        IProgress<IngestionProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(libraryFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(workFolder);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(options.MinConfidence) || options.MinConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinConfidence, "The confidence floor must lie between 0 and 1.");
        }

        var root = Path.GetFullPath(libraryFolder);
        var manifestPath = Path.Combine(root, SampleManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"{root} holds no {SampleManifest.FileName}; is it a sample library (tools/AssetBank.SampleLibrary)?", manifestPath);
        }

        var manifest = await SampleManifest.LoadAsync(manifestPath, cancellationToken);
        var work = Path.GetFullPath(workFolder);
        Directory.CreateDirectory(work);
        var configuration = AssetBankConfiguration.Build(overrides: Overrides(root, work));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddAssetBank(configuration)
            .BuildServiceProvider();

        var report = await services.GetRequiredService<IngestionPipeline>().RunAsync(IngestionRequest.Everything, progress, cancellationToken);
        var taxonomy = services.GetRequiredService<Taxonomy>();
        var tagger = services.GetRequiredService<ITagger>();
        var collection = await LibraryItemCollector.CollectAsync(manifest, services.GetRequiredService<IAssetReader>(), cancellationToken);
        return Score(manifest, root, collection, taxonomy, tagger.Name, options, report);
    }

    /// <summary>Scores collected items; public so a caller can rescore the same items under other options.</summary>
    public static LibraryEvaluation Score(
        SampleManifest manifest,
        string library,
        CollectedItems collection,
        Taxonomy taxonomy,
        string tagger,
        TaggingEvaluationOptions options,
        IngestionReport ingestion)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var items = collection.Items;
        var byKind = items
            .GroupBy(i => i.Kind, StringComparer.Ordinal)
            .OrderBy(g => Array.IndexOf(KindOrder, g.Key) is var at and >= 0 ? at : KindOrder.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Where(g => g.Any(i => i.IsJudged))
            .Select(g => LibraryScorer.Summarise(g.Key, g.ToList(), taxonomy, options))
            .ToList();
        var notes = collection.Notes.Concat(Coverage(items)).ToList();
        if (items.Count(i => !i.IsJudged) is var offTopic and > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{offTopic} off-topic part(s) (the manifest gives them no theme) are not scored; their tags are listed under Off-topic."));
        }

        return new LibraryEvaluation(
            library,
            manifest.Size,
            manifest.Seed,
            manifest.GeneratorVersion,
            manifest.Entries.Count,
            manifest.Entries.Count(e => e.Themes.Count > 0),
            tagger,
            taxonomy.Version,
            options,
            ingestion,
            LibraryScorer.Summarise("overall", items, taxonomy, options),
            LibraryScorer.Summarise("with text", items.Where(i => i.HasText).ToList(), taxonomy, options),
            LibraryScorer.Summarise("assets", items.Where(i => i.Scope == ItemScope.Asset).ToList(), taxonomy, options),
            LibraryScorer.Summarise("parts", items.Where(i => i.Scope == ItemScope.Part).ToList(), taxonomy, options),
            byKind,
            SweepFloors.Select(floor => new ThresholdScore(floor, LibraryScorer.Summarise("overall", items, taxonomy, options with { MinConfidence = floor }))).ToList(),
            LibraryScorer.Misses(items, taxonomy, options),
            notes,
            MachineInfo.Describe(),
            DateTimeOffset.UtcNow)
        {
            Items = items,
        };
    }

    /// <summary>The settings the evaluation ingests with; open the same catalog and index with them afterwards.</summary>
    public static Dictionary<string, string?> Overrides(string root, string work) => new()
    {
        ["Search:IndexPath"] = Path.Combine(work, "index"),
        ["Store:Provider"] = nameof(StoreProvider.FileSystem),
        ["Store:FileSystem:Root"] = root,
        ["Catalog:Path"] = Path.Combine(work, "catalog.db"),
        ["Ingestion:WorkDirectory"] = Path.Combine(work, "ingest"),
        // The list binds by index; repeating the default keeps it whether the binder appends or replaces.
        ["Ingestion:ExcludedPrefixes:0"] = "_derived/",
        ["Ingestion:ExcludedPrefixes:1"] = SampleManifest.FileName,
    };

    /// <summary>Per kind: how many judged items had no text and how many no tags, so low recall can be told apart from no input.</summary>
    private static IEnumerable<string> Coverage(IReadOnlyList<EvaluatedItem> items)
    {
        foreach (var kind in items.Where(i => i.IsJudged).GroupBy(i => i.Kind, StringComparer.Ordinal))
        {
            var all = kind.Count();
            var withoutText = kind.Count(i => !i.HasText);
            var withoutTags = kind.Count(i => i.Predicted.Count == 0);
            var problems = kind.Where(i => i.Problem is not null).Select(i => i.Problem!).Distinct(StringComparer.Ordinal).ToList();
            if (withoutText == 0 && withoutTags == 0 && problems.Count == 0)
            {
                continue;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{kind.Key}: {withoutText} of {all} judged items had no text for the tagger; no tag at all on {withoutTags}");
            yield return problems.Count == 0 ? line + "." : line + " (" + string.Join("; ", problems) + ").";
        }
    }
}
