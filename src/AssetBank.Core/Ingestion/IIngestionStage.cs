namespace AssetBank.Core.Ingestion;

/// <summary>
/// One step of ingestion (detect, extract media, tag, check similarity, index). Stages run in
/// <see cref="Order"/> on a local copy of the object; the pipeline commits the final item to the catalog in one
/// transaction, so a stage must not write to the catalog itself.
/// </summary>
public interface IIngestionStage
{
    string Name { get; }

    /// <summary>Position in the pipeline; see <see cref="StageOrder"/>.</summary>
    int Order { get; }

    /// <summary>Returns the item enriched by this stage. Throw a domain exception to fail the item with a reason.</summary>
    Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken);
}
