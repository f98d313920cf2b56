using AssetBank.Core.Tagging;

namespace AssetBank.Core.Catalog;

/// <summary>Writes tags: machine tags from re-tagging, and people's decisions that win over them.</summary>
public interface ITagEditStore
{
    /// <summary>Replaces the machine tags of an asset (re-tagging); human edits still apply on top.</summary>
    Task SaveMachineTagsAsync(long assetId, TagSet tags, CancellationToken cancellationToken);

    /// <summary>Records a person's tag decision; it wins over machine tags now and through every re-tagging.</summary>
    /// <remarks>Reads the machine tags and writes the edit and the effective tags inside one transaction.</remarks>
    Task AddHumanTagEditAsync(long assetId, HumanTagEdit edit, CancellationToken cancellationToken);
}
