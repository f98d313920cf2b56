using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>
/// Re-tags catalogued assets from what ingestion stored, without reading the store again. Only assets tagged under
/// another taxonomy version or by another tagger are redone unless asked for all; human edits still win afterwards.
/// </summary>
public sealed class RetagAssets(DataFolderWriterLock writerLock, IAssetReader reader, ITagEditStore store, IAssetTagger tagger, CatalogCommitFeed feed)
{
    private const int PublishEvery = 50;

    public async Task<RetagReport> RunAsync(bool all, IProgress<(int Done, int Total)>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("retag", waiting, cancellationToken);
        var assets = new List<Asset>();
        await foreach (var asset in reader.ListAsync(new AssetFilter(Status: AssetStatus.Processed), cancellationToken))
        {
            assets.Add(asset);
        }

        int retagged = 0, current = 0;
        long tokens = 0;
        for (var i = 0; i < assets.Count; i++)
        {
            var asset = assets[i];
            var derived = await reader.GetDerivedAsync(asset.Id, cancellationToken);
            if (!all && derived.Tags is { } existing && tagger.IsCurrent(existing))
            {
                current++;
            }
            else
            {
                var tags = await tagger.TagAsync(asset, derived, cancellationToken);
                await store.SaveMachineTagsAsync(asset.Id, tags, cancellationToken);
                tokens += tags.Usage.TotalTokens;
                retagged++;
                if (retagged % PublishEvery == 0)
                {
                    await feed.PublishAsync(cancellationToken);
                }
            }

            progress?.Report((i + 1, assets.Count));
        }

        await feed.PublishAsync(cancellationToken);
        return new RetagReport(assets.Count, retagged, current, tokens);
    }
}
