using AssetBank.SampleLibrary;

namespace AssetBank.TaggingEval.Tests;

/// <summary>
/// Generates the small sample library once (default seed, so the figures are those in RESULTS.md), ingests it through
/// the app's composition root and scores the tags; deletes library and catalog afterwards. Needs ffmpeg and a CJK font.
/// </summary>
public sealed class EvaluatedLibraryFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-taggingeval-tests-" + Guid.NewGuid().ToString("N"));

    public LibraryEvaluation Evaluation { get; private set; } = null!;

    public string Library => Path.Combine(_root, "library");

    public string Work => Path.Combine(_root, "work");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var library = Path.Combine(_root, "library");
        await SampleLibraryGenerator.GenerateAsync(new GeneratorOptions(library, LibrarySize.Small), null, timeout.Token);
        Evaluation = await LibraryTaggingEvaluation.RunAsync(library, Path.Combine(_root, "work"), minConfidence: 0, timeout.Token);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
