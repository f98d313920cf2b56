using AssetBank.Core.Assets;
using AssetBank.Core.Storage;

namespace AssetBank.Core.Ingestion;

/// <summary>An object on its way through the stages.</summary>
/// <param name="StoredObject">The object as stat-ed from the store, with user metadata.</param>
/// <param name="LocalPath">A local, read-only copy of the content, deleted after the item is done.</param>
/// <param name="Asset">The asset being built; each stage returns it enriched.</param>
public sealed record IngestionWorkItem(StoredObject StoredObject, string LocalPath, Asset Asset);
