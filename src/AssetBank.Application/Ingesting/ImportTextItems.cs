using System.Text;
using AssetBank.Application.Writing;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Ingesting;

/// <summary>Stores text items as objects under one folder and ingests exactly those keys, through the normal stages.</summary>
public sealed class ImportTextItems(DataFolderWriterLock writerLock, IObjectStore store, IngestionPipeline pipeline)
{
    public async Task<IngestionReport> ImportAsync(
        string folder,
        IReadOnlyList<TextItem> items,
        Func<string, string> fileNameFor,
        IProgress<IngestionProgress>? progress,
        IProgress<string>? waiting,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fileNameFor);
        await using var session = await writerLock.AcquireAsync("import", waiting, cancellationToken);
        await store.EnsureReadyAsync(cancellationToken);
        var prefix = ObjectKeys.NormalizePrefix(folder);
        var keys = new List<string>(items.Count);
        foreach (var item in items)
        {
            var key = prefix + fileNameFor(item.ExternalId) + ".txt";
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(item.Text));
            await store.PutAsync(key, content, new ObjectWriteOptions("text/plain; charset=utf-8", item.Metadata), cancellationToken);
            keys.Add(key);
        }

        return await pipeline.RunAsync(new IngestionRequest(Keys: keys), progress, cancellationToken);
    }
}
