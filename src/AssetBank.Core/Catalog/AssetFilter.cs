using AssetBank.Core.Assets;

namespace AssetBank.Core.Catalog;

public sealed record AssetFilter(
    AssetStatus? Status = null,
    AssetKind? Kind = null,
    string? KeyPrefix = null,
    int? Limit = null)
{
    public static AssetFilter All { get; } = new();
}
