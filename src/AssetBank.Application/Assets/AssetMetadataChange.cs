using AssetBank.Core.Assets;

namespace AssetBank.Application.Assets;

/// <summary>What a metadata edit recorded: the asset and its metadata before and after.</summary>
public sealed record AssetMetadataChange(long AssetId, string Key, AssetMetadata Before, AssetMetadata After);
