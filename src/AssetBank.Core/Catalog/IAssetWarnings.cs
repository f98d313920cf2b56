namespace AssetBank.Core.Catalog;

/// <summary>The warnings of processed assets, for status reports.</summary>
public interface IAssetWarnings
{
    /// <summary>Every warning of every processed asset, by key.</summary>
    Task<IReadOnlyList<AssetWarning>> ListAsync(CancellationToken cancellationToken);
}
