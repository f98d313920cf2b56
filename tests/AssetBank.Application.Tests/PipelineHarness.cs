using AssetBank.Application.Ingesting;
using AssetBank.Catalog.Sqlite;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Ingestion.Detection;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Tests;

/// <summary>A real folder store and a real SQLite catalog in a temporary folder.</summary>
internal sealed class PipelineHarness : IDisposable
{
    public PipelineHarness()
    {
        Folder = Directory.CreateTempSubdirectory("assetbank-pipeline-").FullName;
        Store = new FileSystemObjectStore(Path.Combine(Folder, "store"));
        Catalog = new SqliteCatalog(Path.Combine(Folder, "catalog.db"));
    }

    public string Folder { get; }

    public FileSystemObjectStore Store { get; }

    public SqliteCatalog Catalog { get; }

    public IngestionPipeline Pipeline(IngestionOptions? options = null, params IIngestionStage[] extraStages) =>
        Pipeline(options, [], extraStages);

    public IngestionPipeline Pipeline(IngestionOptions? options, IReadOnlyList<ICatalogSubscriber> subscribers, params IIngestionStage[] extraStages) =>
        Pipeline(Store, options, subscribers, extraStages);

    public IngestionPipeline Pipeline(IObjectStore store, IngestionOptions? options, IReadOnlyList<ICatalogSubscriber> subscribers, params IIngestionStage[] extraStages)
    {
        var detect = new DetectStage();
        return new(
            store,
            Catalog.Ledger,
            Catalog.Maintenance,
            [detect, .. extraStages],
            Options.Create(options ?? new IngestionOptions { MaxConcurrency = 2, WorkDirectory = Path.Combine(Folder, "work") }),
            NullLogger<IngestionPipeline>.Instance,
            new CatalogCommitFeed(subscribers, NullLogger<CatalogCommitFeed>.Instance),
            [detect]);
    }

    public Task PutAsync(string key, string text, IReadOnlyDictionary<string, string>? metadata = null) =>
        Store.PutAsync(key, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ObjectWriteOptions(null, metadata), CancellationToken.None);

    public Task PutAsync(string key, byte[] bytes) =>
        Store.PutAsync(key, new MemoryStream(bytes), ObjectWriteOptions.Default, CancellationToken.None);

    public void Dispose()
    {
        Catalog.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
