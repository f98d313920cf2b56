using AssetBank.Core.Ingestion;
using Microsoft.Extensions.Logging;

namespace AssetBank.Extraction;

/// <summary>
/// The extract stage for copy, decks, KOL lists and social exports: fills <see cref="IngestionWorkItem.Content"/>.
/// Runs after the media stage (<see cref="StageOrder.Extract"/>); other kinds pass through unchanged.
/// Bad input fails the item with a <see cref="Core.Errors.ContentRejectedException"/> naming the key and the problem.
/// </summary>
public sealed class ExtractionStage : IIngestionStage
{
    private readonly IContentExtractor _extractor;
    private readonly ILogger<ExtractionStage> _logger;

    public ExtractionStage(IContentExtractor extractor, ILogger<ExtractionStage> logger)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(logger);
        _extractor = extractor;
        _logger = logger;
    }

    public string Name => "extract-content";

    public int Order => StageOrder.Extract;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_extractor.CanExtract(item.Asset))
        {
            return item;
        }

        var content = await _extractor.ExtractAsync(item.Asset, item.LocalPath, cancellationToken);
        _logger.LogDebug(
            "Extracted {Key}: {Sections} sections, {Items} items, {Warnings} warnings",
            item.Asset.Key, content.Sections.Count, content.Items.Count, content.Warnings.Count);
        return item with { Content = content };
    }
}
