namespace AssetBank.Cli.Tests;

/// <summary>The sample library ingested once (OCR on) for the content-understanding checks.</summary>
public sealed class ContentUnderstandingFixture : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("assetbank-content-e2e-").FullName;

    public string Data => Path.Combine(_root, "data");

    public Task InitializeAsync() => SampleBank.PrepareAsync(_root, Data);

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
