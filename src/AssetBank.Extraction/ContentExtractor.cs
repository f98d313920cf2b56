using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.Documents;
using AssetBank.Extraction.Kol;
using AssetBank.Extraction.Social;
using AssetBank.Extraction.Tables;
using AssetBank.Extraction.TextFiles;
using Microsoft.Extensions.Options;

namespace AssetBank.Extraction;

/// <summary>
/// Picks the reader by format (txt, md, docx, pptx, pdf, csv, xlsx, json) and the interpreter by kind (copy, KOL list,
/// social), runs it off the caller's thread under the time limit, and returns the content with its warnings.
/// </summary>
public sealed class ContentExtractor : IContentExtractor
{
    private readonly ExtractionOptions _options;
    private readonly KolScorer _scorer;

    public ContentExtractor(IOptions<ExtractionOptions> options, IOptions<KolScoreOptions> scoreOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scoreOptions);
        _options = options.Value;
        _scorer = new KolScorer(scoreOptions.Value);
    }

    public bool CanExtract(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Kind switch
        {
            AssetKind.Copy => asset.Format is ContentFormat.PlainText or ContentFormat.Markdown or ContentFormat.Docx or ContentFormat.Pptx
                or ContentFormat.Pdf or ContentFormat.Csv or ContentFormat.Xlsx or ContentFormat.Json,
            AssetKind.KolList => asset.Format is ContentFormat.Csv or ContentFormat.Xlsx or ContentFormat.Json,
            AssetKind.Social => asset.Format is ContentFormat.Csv or ContentFormat.Xlsx or ContentFormat.Json or ContentFormat.PlainText or ContentFormat.Markdown,
            _ => false,
        };
    }

    public async Task<ExtractedContent> ExtractAsync(Asset asset, string localPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentException.ThrowIfNullOrEmpty(localPath);
        if (!CanExtract(asset))
        {
            throw new ContentRejectedException(asset.Key, $"no text extractor for {AssetKindNames.ToWire(asset.Kind)} in {asset.Format} format");
        }

        return await ExtractionRun.RunAsync(asset.Key, localPath, _options, (source, token) => Extract(asset, source, token), cancellationToken);
    }

    private ExtractedContent Extract(Asset asset, ExtractionSource source, CancellationToken cancellationToken) =>
        (asset.Kind, asset.Format) switch
        {
            (_, ContentFormat.PlainText) => PlainTextExtractor.Extract(source, cancellationToken),
            (_, ContentFormat.Markdown) => MarkdownExtractor.Extract(source, cancellationToken),
            (_, ContentFormat.Docx) => DocxExtractor.Extract(source, cancellationToken),
            (_, ContentFormat.Pptx) => PptxExtractor.Extract(source, cancellationToken),
            (_, ContentFormat.Pdf) => PdfExtractor.Extract(source, cancellationToken),
            (AssetKind.KolList, _) => KolOrSocial(source, ReadTables(asset, source, "KOL rows", cancellationToken), cancellationToken),
            (AssetKind.Social, _) or (AssetKind.Copy, ContentFormat.Json) =>
                SocialExtractor.Extract(source, ReadTables(asset, source, "notes or comments", cancellationToken), cancellationToken),
            _ => TableTextExtractor.Extract(source, ReadTables(asset, source, "records", cancellationToken), cancellationToken),
        };

    /// <summary>
    /// Detection calls a table a KOL list when its header mentions 昵称 or 账号 — which a comment export's 用户昵称 column
    /// does too. A "KOL list" without KOL columns but with comment or note text is read as the social export it is.
    /// </summary>
    private ExtractedContent KolOrSocial(ExtractionSource source, TableContent tables, CancellationToken cancellationToken)
    {
        if (!KolListExtractor.HasKolHeader(tables) && SocialExtractor.LooksSocial(tables))
        {
            source.Warnings.Add("detected as a KOL list, but it has no 粉丝数 column and its columns are those of a social export; read as one");
            return SocialExtractor.Extract(source, tables, cancellationToken);
        }

        return KolListExtractor.Extract(source, tables, _scorer, cancellationToken);
    }

    private static TableContent ReadTables(Asset asset, ExtractionSource source, string what, CancellationToken cancellationToken) =>
        asset.Format switch
        {
            ContentFormat.Csv => CsvTableReader.Read(source, cancellationToken),
            ContentFormat.Xlsx => XlsxTableReader.Read(source, cancellationToken),
            ContentFormat.Json => JsonRecordReader.Read(source, what, cancellationToken),
            _ => throw source.Reject($"{asset.Format} is not a table format"),
        };
}
