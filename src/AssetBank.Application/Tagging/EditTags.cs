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

        if (string.IsNullOrWhiteSpace(request.Key))
        {
            throw new RequestRejectedException("key", "资产对象键不能为空 (give the asset's key)");
        }

        var resolved = string.IsNullOrWhiteSpace(request.Term) ? null : taxonomy.FindById(request.Term.Trim()) ?? taxonomy.FindByLabel(request.Dimension, request.Term.Trim());
        if (resolved is null || resolved.Dimension != request.Dimension)
        {
            throw new RequestRejectedException(request.Term, $"{TagDimensions.ToChinese(request.Dimension)}维度中没有该词条{Hint(request)}；用 `assetbank taxonomy show --dimension {TagDimensions.ToWire(request.Dimension)}` 查看");
        }

        await using var session = await writerLock.AcquireAsync("tag edit", waiting, cancellationToken);
        var asset = await reader.FindByKeyAsync(request.Key, cancellationToken);
        if (asset is null || asset.Status == Core.Assets.AssetStatus.Deleted)
        {
            throw new RequestRejectedException(request.Key, "资产库中没有该资产 (no such asset)");
        }

        var derived = await reader.GetDerivedAsync(asset.Id, cancellationToken);
        var shots = derived.Media?.Shots ?? [];
        if (request.ShotIndex is not null && !string.IsNullOrWhiteSpace(request.ItemId))
        {
            throw new RequestRejectedException("--shot", "give --shot or --item, not both");
        }

        if (request.ShotIndex is { } shotIndex && !shots.Any(s => s.Index == shotIndex))
        {
            throw new RequestRejectedException(asset.Key, $"没有镜头 {shotIndex} (no shot {shotIndex}; the asset has {shots.Count} shot(s){(shots.Count > 0 ? $", 0–{shots.Count - 1}" : string.Empty)})");
        }

        var itemId = request.ShotIndex is { } shot ? $"{asset.Key}#shot{shot}" : string.IsNullOrWhiteSpace(request.ItemId) ? asset.Key : request.ItemId.Trim();
        if (!string.Equals(itemId, asset.Key, StringComparison.Ordinal))
        {
            // Shots and parts count whether or not the tagger found anything in them.
            var parts = (await reader.GetEffectiveTagsAsync(asset.Id, cancellationToken))?.Shots.Select(s => s.ItemId).ToHashSet(StringComparer.Ordinal) ?? [];
            parts.UnionWith(shots.Select(s => $"{asset.Key}#shot{s.Index}"));
            parts.UnionWith((derived.Content?.Items ?? []).Select(i => $"{asset.Key}#{i.ItemId}"));
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

    private string Hint(TagEditRequest request)
    {
        var elsewhere = taxonomy.FindByLabel(request.Term ?? string.Empty).Where(t => t.Dimension != request.Dimension).ToList();
        if (elsewhere.Count > 0)
        {
            return $"（“{request.Term}”属于{string.Join("、", elsewhere.Select(t => TagDimensions.ToChinese(t.Dimension)))}维度 / it is a term of another dimension）";
        }

        return NearestTerm.Find(taxonomy, request.Dimension, request.Term ?? string.Empty) is { } near
            ? $"，您是不是要找“{near.Label}”？(did you mean {near.Label}?)"
            : string.Empty;
    }
}
