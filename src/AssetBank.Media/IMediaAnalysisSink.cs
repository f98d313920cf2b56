namespace AssetBank.Media;

/// <summary>
/// Where <see cref="MediaStage"/> puts each analysis, since the work item carries only the asset. The pipeline (or the
/// catalog adapter) reads it back when it commits the item; stages must not write the catalog themselves.
/// </summary>
public interface IMediaAnalysisSink
{
    Task RecordAsync(MediaAnalysisResult result, CancellationToken cancellationToken);
}
