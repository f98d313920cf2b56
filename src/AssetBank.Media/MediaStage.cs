using AssetBank.Core.Ingestion;

namespace AssetBank.Media;

/// <summary>
/// The extract stage for video, image and audio: analyses the local copy and returns the item with
/// <see cref="IngestionWorkItem.Media"/> set and the content hash filled in; every registered
/// <see cref="IMediaAnalysisSink"/> (none by default) also gets the <see cref="MediaAnalysisResult"/>. Other kinds pass through.
/// With <see cref="MediaCheckpoints"/> the result is saved, and a retry of the same version takes it instead of analysing again.
/// </summary>
public sealed class MediaStage : IIngestionStage
{
    private readonly IMediaAnalyzer _analyzer;
    private readonly IReadOnlyList<IMediaAnalysisSink> _sinks;
    private readonly MediaCheckpoints? _checkpoints;

    public MediaStage(IMediaAnalyzer analyzer, IEnumerable<IMediaAnalysisSink> sinks, MediaCheckpoints? checkpoints = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(sinks);
        _analyzer = analyzer;
        _sinks = [.. sinks];
        _checkpoints = checkpoints;
    }

    public string Name => "media";

    public int Order => StageOrder.Media;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_analyzer.CanAnalyze(item.Asset.Kind))
        {
            return item;
        }

        var analysis = _checkpoints is null ? null : await _checkpoints.LoadAsync(item.Asset, cancellationToken);
        if (analysis is null)
        {
            analysis = await _analyzer.AnalyzeAsync(item.Asset, item.LocalPath, cancellationToken);
            if (_checkpoints is not null)
            {
                await _checkpoints.SaveAsync(item.Asset, analysis, cancellationToken);
            }
        }

        foreach (var sink in _sinks)
        {
            await sink.RecordAsync(new MediaAnalysisResult(item.Asset.Key, item.Asset.ETag, analysis), cancellationToken);
        }

        return item with
        {
            Media = analysis,
            Asset = item.Asset.ContentSha256 is null ? item.Asset with { ContentSha256 = analysis.ContentSha256 } : item.Asset,
        };
    }
}
