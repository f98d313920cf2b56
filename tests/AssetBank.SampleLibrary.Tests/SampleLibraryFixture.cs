using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>Generates one small library per test run (ffmpeg required) and deletes it afterwards.</summary>
public sealed class SampleLibraryFixture : IAsyncLifetime
{
    public const int Seed = 424242;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "assetbank-sample-tests-" + Guid.NewGuid().ToString("N"));

    public SampleManifest Manifest { get; private set; } = null!;

    public GenerationSummary Summary { get; private set; } = null!;

    internal ProcessRunner Runner { get; } = new(maxParallel: 2, TimeSpan.FromMinutes(1));

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public IEnumerable<ManifestEntry> OfKind(SampleKind kind) => Manifest.Entries.Where(e => e.Kind == kind);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        Summary = await SampleLibraryGenerator.GenerateAsync(new GeneratorOptions(Root, LibrarySize.Small, Seed), null, timeout.Token);
        Manifest = await SampleManifest.LoadAsync(Summary.ManifestPath, timeout.Token);
    }

    public Task DisposeAsync()
    {
        Runner.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
