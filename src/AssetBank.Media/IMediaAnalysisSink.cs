namespace AssetBank.Media;

/// <summary>
/// An optional observer of every analysis <see cref="MediaStage"/> makes (the analysis also travels on the work item as
/// <see cref="Core.Ingestion.IngestionWorkItem.Media"/>). Register any number; none is registered by default. Stages must
/// not write the catalog themselves, so a sink is for side channels: metrics, a similarity pre-index, tests.
/// </summary>
public interface IMediaAnalysisSink
{
    Task RecordAsync(MediaAnalysisResult result, CancellationToken cancellationToken);
}
