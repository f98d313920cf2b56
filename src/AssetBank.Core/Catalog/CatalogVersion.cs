using AssetBank.Core.Assets;

namespace AssetBank.Core.Catalog;

public sealed record CatalogVersion(string ETag, AssetStatus Status);
