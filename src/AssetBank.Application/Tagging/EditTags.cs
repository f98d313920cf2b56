using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>Records people's tag decisions; they win over machine tags now and through every re-tagging, and search sees them at once.</summary>
public sealed class EditTags(DataFolderWriterLock writerLock, IAssetReader reader, ITagEditStore store, Taxonomy taxonomy, CatalogCommitFeed feed, TimeProvider time)
{
    /// <returns>The edit as recorded, with the term resolved.</returns>
    /// <exception cref="RequestRejectedException">No such asset, part or term, or no one named as deciding.</exception>
    public async Task<HumanTagEdit> ApplyAsync(TagEditRequest request, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Who))
        {
            throw new RequestRejectedException("--who", "修改人不能为空 (say who decides)");
        }

        var resolved = taxonomy.FindById(request.Term) ?? taxonomy.FindByLabel(request.Dimension, request.Term);
        if (resolved is null || resolved.Dimension != request.Dimension)
        {
            throw new RequestRejectedException(request.Term, $"{TagDimensions.ToChinese(request.Dimension)}维度中没有该词条；用 `assetbank taxonomy show --dimension {TagDimensions.ToWire(request.Dimension)}` 查看");
        }

        await using var session = await writerLock.AcquireAsync("tag edit", waiting, cancellationToken);
        var asset = await reader.FindByKeyAsync(request.Key, cancellationToken);
        if (asset is null || asset.Status == Core.Assets.AssetStatus.Deleted)
        {
            throw new RequestRejectedException(request.Key, "资产库中没有该资产 (no such asset)");
        }

        var itemId = string.IsNullOrWhiteSpace(request.ItemId) ? asset.Key : request.ItemId.Trim();
        if (!string.Equals(itemId, asset.Key, StringComparison.Ordinal))
        {
            var parts = (await reader.GetEffectiveTagsAsync(asset.Id, cancellationToken))?.Shots.Select(s => s.ItemId).ToHashSet(StringComparer.Ordinal) ?? [];
            if (!parts.Contains(itemId))
            {
                throw new RequestRejectedException(itemId, $"不是 {asset.Key} 的镜头或条目 (not a shot or part of the asset; `assetbank tags show {asset.Key}` lists them)");
            }
        }

        var edit = new HumanTagEdit(itemId, request.Action, request.Dimension, resolved.Id, request.Who.Trim(), time.GetUtcNow())
        {
            Label = resolved.Label,
            Note = request.Note,
        };
        await store.AddHumanTagEditAsync(asset.Id, edit, cancellationToken);
        await feed.PublishAsync(cancellationToken);
        return edit;
    }
}
