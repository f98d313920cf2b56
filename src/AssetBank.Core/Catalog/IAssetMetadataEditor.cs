using AssetBank.Core.Assets;

namespace AssetBank.Core.Catalog;

/// <summary>Writes people's corrections of an asset's producer metadata (title, client, project…) into the catalog.</summary>
/// <remarks>One transaction that also bumps the asset's change sequence, so search shows the new values after it follows.</remarks>
public interface IAssetMetadataEditor
{
    Task UpdateMetadataAsync(long assetId, AssetMetadata metadata, CancellationToken cancellationToken);
}
