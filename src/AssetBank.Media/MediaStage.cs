using AssetBank.Core.Ingestion;

namespace AssetBank.Media;

/// <summary>
/// The extract stage for video, image and audio: analyses the local copy, hands the <see cref="MediaAnalysisResult"/>
/// to the <see cref="IMediaAnalysisSink"/> and returns the item with the content hash filled in. Other kinds pass through.
/// </summary>
public sealed class MediaStage : IIngestionStage
{
    private readonly IMediaAnalyzer _analyzer;
    private readonly IMediaAnalysisSink _sink;

    public MediaStage(IMediaAnalyzer analyzer, IMediaAnalysisSink sink)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(sink);
        _analyzer = analyzer;
        _sink = sink;
    }

    public string Name => "media";

    public int Order => StageOrder.Extract;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_analyzer.CanAnalyze(item.Asset.Kind))
        {
            return item;
        }

        var analysis = await _analyzer.AnalyzeAsync(item.Asset, item.LocalPath, cancellationToken);
        await _sink.RecordAsync(new MediaAnalysisResult(item.Asset.Key, item.Asset.ETag, analysis), cancellationToken);
        return item.Asset.ContentSha256 is null
            ? item with { Asset = item.Asset with { ContentSha256 = analysis.ContentSha256 } }
            : item;
    }
}
