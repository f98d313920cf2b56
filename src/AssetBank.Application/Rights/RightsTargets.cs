using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>Finds the asset rights are recorded on, refusing deleted and failed assets and shots the asset does not have.</summary>
public sealed class RightsTargets(IAssetReader assets)
{
    /// <returns>The asset, or null with <paramref name="problem"/> saying why it cannot carry rights.</returns>
    public async Task<(Asset? Asset, string? Problem)> FindAsync(string key, CancellationToken cancellationToken)
    {
        var asset = await assets.FindByKeyAsync(key.Trim(), cancellationToken);
        return asset switch
        {
            null => (null, "资产库中没有该资产 (no such asset)"),
            { Status: AssetStatus.Deleted } => (null, $"资产已从存储删除 (the asset was deleted, last seen {asset.LastSeen:yyyy-MM-dd}); rights cannot be recorded on it"),
            { Status: AssetStatus.Failed } => (null, $"资产入库失败 (ingestion failed: {asset.FailureReason}); fix and re-ingest it before recording rights"),
            _ => (asset, null),
        };
    }

    /// <summary>The problem with a shot index, or null when the asset has that shot.</summary>
    public async Task<string?> ShotProblemAsync(Asset asset, int shotIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var shots = (await assets.GetDerivedAsync(asset.Id, cancellationToken)).Media?.Shots ?? [];
        return shots.Any(s => s.Index == shotIndex)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{asset.Key} 没有镜头 {shotIndex} (it has {shots.Count} shots)");
    }

    /// <summary>The asset, or a rejection naming it.</summary>
    public async Task<Asset> RequireAsync(string key, CancellationToken cancellationToken)
    {
        var (asset, problem) = await FindAsync(key, cancellationToken);
        return asset ?? throw new RequestRejectedException(key, problem!);
    }

    /// <summary>The recorded rights of <paramref name="asset"/>, empty when none.</summary>
    public static AssetRights Empty(Asset asset) => new(asset.Id, asset.Key, []);
}
