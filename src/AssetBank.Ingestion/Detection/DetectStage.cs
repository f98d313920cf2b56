using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Ingestion;

namespace AssetBank.Ingestion.Detection;

/// <summary>The first stage: decides format, kind and MIME type from content.</summary>
public sealed class DetectStage : IIngestionStage, IContentPrecheck
{
    public string Name => "detect";

    public int HeadLength => HeadCheck.Length;

    public string? Check(string key, ReadOnlySpan<byte> head, long totalLength) => HeadCheck.Refuse(head);

    public int Order => StageOrder.Detect;

    public async Task<IngestionWorkItem> ProcessAsync(IngestionWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var detected = await ContentSniffer.DetectAsync(item.LocalPath, item.Asset.Key, cancellationToken)
            ?? throw new ContentRejectedException(item.Asset.Key, Explain(item.LocalPath));
        var kind = detected.Kind;
        // A text-only import may say what its text is (a note, a KOL row); the bytes decide everything else.
        if (detected.Format is ContentFormat.PlainText or ContentFormat.Markdown
            && item.StoredObject.Metadata.TryGetValue(MetadataKeys.DeclaredKind, out var declared)
            && AssetKindNames.FromWire(declared) is AssetKind.Copy or AssetKind.Social or AssetKind.KolList)
        {
            kind = AssetKindNames.FromWire(declared);
        }

        return item with
        {
            Asset = item.Asset with { Format = detected.Format, Kind = kind, ContentType = detected.ContentType },
        };
    }

    private static string Explain(string path)
    {
        Span<byte> header = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.Read(header);
        }

        return ContentSniffer.ExplainRefusal(header[..read]);
    }
}
