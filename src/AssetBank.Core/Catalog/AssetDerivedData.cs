using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;

namespace AssetBank.Core.Catalog;

/// <summary>What ingestion derived from an asset's content; stored with the asset in the same transaction.</summary>
public sealed record AssetDerivedData(MediaAnalysis? Media, ExtractedContent? Content, TagSet? Tags)
{
    public static AssetDerivedData None { get; } = new(null, null, null);
}
