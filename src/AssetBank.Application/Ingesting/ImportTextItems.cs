using System.Globalization;
using System.Text;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Ingesting;

/// <summary>
/// Stores text items as objects and ingests exactly those keys, through the normal stages. Idempotent by external id:
/// an item whose id the bank already holds is written over that asset's object (new text, so new tags), whatever
/// folder it was first imported to; only new ids go under <c>folder</c>. With <c>prune</c>, assets in the same
/// folders whose ids the file no longer has are deleted from the store (and marked deleted in the catalog).
/// </summary>
public sealed class ImportTextItems(DataFolderWriterLock writerLock, IObjectStore store, IngestionPipeline pipeline, IExternalIdLookup externalIds, IAssetReader assets)
{
    public async Task<IngestionReport> ImportAsync(
        string folder,
        IReadOnlyList<TextItem> items,
        Func<string, string> fileNameFor,
        IProgress<IngestionProgress>? progress,
        IProgress<string>? waiting,
        CancellationToken cancellationToken,
        bool prune = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fileNameFor);
        RefuseDuplicateIds(items);
        await using var session = await writerLock.AcquireAsync("import", waiting, cancellationToken);
        await store.EnsureReadyAsync(cancellationToken);
        var prefix = ObjectKeys.NormalizePrefix(folder);
        var existing = await externalIds.FindKeysAsync(items.Select(i => i.ExternalId).ToList(), cancellationToken);
        var keys = new List<string>(items.Count);
        var taken = new HashSet<string>(existing.Values, StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!existing.TryGetValue(item.ExternalId, out var key))
            {
                key = FreeKey(prefix, fileNameFor(item.ExternalId), taken);
            }

            taken.Add(key);
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(item.Text));
            await store.PutAsync(key, content, new ObjectWriteOptions("text/plain; charset=utf-8", item.Metadata), cancellationToken);
            keys.Add(key);
        }

        if (prune)
        {
            keys.AddRange(await PruneAsync(keys, items, cancellationToken));
        }

        return await pipeline.RunAsync(new IngestionRequest(Keys: keys), progress, cancellationToken);
    }

    private static void RefuseDuplicateIds(IReadOnlyList<TextItem> items)
    {
        var duplicates = items.GroupBy(i => i.ExternalId, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count == 0)
        {
            return;
        }

        var described = duplicates.Take(10).Select(g => $"'{g.Key}' on lines {string.Join(", ", g.Select(i => i.Line.ToString(CultureInfo.InvariantCulture)))}");
        throw new RequestRejectedException(
            "import",
            $"外部 id 重复 (duplicate external ids): {string.Join("; ", described)}{(duplicates.Count > 10 ? $" and {duplicates.Count - 10} more" : string.Empty)}; nothing was imported — give each item its own id");
    }

    /// <summary>Two different ids can make the same file name (<c>a/b</c> and <c>a_b</c>); the second gets a suffix instead of overwriting the first.</summary>
    private static string FreeKey(string prefix, string name, HashSet<string> taken)
    {
        var key = prefix + name + ".txt";
        for (var n = 2; taken.Contains(key); n++)
        {
            key = string.Create(CultureInfo.InvariantCulture, $"{prefix}{name}~{n}.txt");
        }

        return key;
    }

    /// <summary>Deletes the assets in the folders this file's items live in whose external ids the file no longer has.</summary>
    private async Task<List<string>> PruneAsync(IReadOnlyList<string> written, IReadOnlyList<TextItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.ExternalId).ToHashSet(StringComparer.Ordinal);
        var folders = written.Select(k => k[..(k.LastIndexOf('/') + 1)]).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var pruned = new List<string>();
        foreach (var folder in folders)
        {
            await foreach (var asset in assets.ListAsync(new AssetFilter(KeyPrefix: folder), cancellationToken))
            {
                if (asset.Status != AssetStatus.Deleted && asset.ExternalId is { } id && !ids.Contains(id)
                    && !asset.Key[folder.Length..].Contains('/', StringComparison.Ordinal))
                {
                    await store.DeleteAsync(asset.Key, cancellationToken);
                    pruned.Add(asset.Key);
                }
            }
        }

        return pruned;
    }
}
