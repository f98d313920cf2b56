using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Ingestion;

namespace AssetBank.Ingestion.Detection;

/// <summary>The first stage: decides format, kind and MIME type from content.</summary>
public sealed class DetectStage : IIngestionStage
{
    public string Name => "detect";

    public int Order => StageOrder.Detect;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var detected = await ContentSniffer.DetectAsync(item.LocalPath, item.Asset.Key, cancellationToken)
            ?? throw new ContentRejectedException(item.Asset.Key, $"unsupported content: not a video, image, audio, document, table or JSON file we recognise ({DescribeHeader(item.LocalPath)})");
        return item with
        {
            Asset = item.Asset with { Format = detected.Format, Kind = detected.Kind, ContentType = detected.ContentType },
        };
    }

    private static string DescribeHeader(string path)
    {
        Span<byte> header = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        var read = stream.Read(header);
        return $"first bytes {Convert.ToHexString(header[..read])}";
    }
}
