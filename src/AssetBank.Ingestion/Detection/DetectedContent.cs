using AssetBank.Core.Assets;

namespace AssetBank.Ingestion.Detection;

/// <summary>What the content turned out to be.</summary>
public sealed record DetectedContent(ContentFormat Format, AssetKind Kind, string ContentType);
