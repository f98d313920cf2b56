using AssetBank.Catalog.Sqlite;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Ingestion.Detection;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Ingestion.Tests;

/// <summary>A real folder store and a real SQLite catalog in a temporary folder.</summary>
internal sealed class PipelineHarness : IDisposable
{
    public PipelineHarness()
    {
        Folder = Directory.CreateTempSubdirectory("assetbank-pipeline-").FullName;
        Store = new FileSystemObjectStore(Path.Combine(Folder, "store"));
        Catalog = new SqliteAssetCatalog(Path.Combine(Folder, "catalog.db"));
    }

    public string Folder { get; }

    public FileSystemObjectStore Store { get; }

    public SqliteAssetCatalog Catalog { get; }

    public IngestionPipeline Pipeline(IngestionOptions? options = null, params IIngestionStage[] extraStages) =>
        new(
            Store,
            Catalog,
            [new DetectStage(), .. extraStages],
            Options.Create(options ?? new IngestionOptions { MaxConcurrency = 2, WorkDirectory = Path.Combine(Folder, "work") }),
            NullLogger<IngestionPipeline>.Instance);

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
