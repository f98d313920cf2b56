using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Extraction;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using AssetBank.Core.Tagging;

namespace AssetBank.Core.Ingestion;

/// <summary>An object on its way through the stages.</summary>
/// <param name="StoredObject">The object as stat-ed from the store, with user metadata.</param>
/// <param name="LocalPath">A local, read-only copy of the content, deleted after the item is done.</param>
/// <param name="Asset">The asset being built; each stage returns it enriched.</param>
public sealed record IngestionWorkItem(StoredObject StoredObject, string LocalPath, Asset Asset)
{
    /// <summary>What the media stage found: probe, shots with keyframes, image or audio facts.</summary>
    public MediaAnalysis? Media { get; init; }

    /// <summary>What the extraction stage found: text, KOL rows, notes, comment threads.</summary>
    public ExtractedContent? Content { get; init; }

    /// <summary>The machine tags from the tagging stage (before human edits are applied).</summary>
    public TagSet? Tags { get; init; }

    /// <summary>Everything the stages derived, as the catalog stores it.</summary>
    public AssetDerivedData Derived => new(Media, Content, Tags);
}
