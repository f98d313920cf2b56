using AssetBank.Core.Ingestion;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Ingestion;

/// <summary>Tags each asset (and its shots, rows, notes) on the four dimensions with the configured tagger.</summary>
public sealed class TaggingStage(ITagger tagger) : IIngestionStage
{
    public string Name => "tag";

    public int Order => StageOrder.Tag;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tags = await tagger.TagAsync(TaggingInputBuilder.Build(item), cancellationToken);
        return item with { Tags = tags };
    }
}
