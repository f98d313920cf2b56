using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Ad copy per theme in the formats agencies hand around: UTF-8 .txt (with and without BOM), .md, .docx and a
/// GB18030 .txt without BOM from a Chinese Windows machine. Two documents exist in two formats each, which
/// gives text-similarity duplicates; a competitor's poster copy lifts one slogan-like line out of the car brand story
/// (a planted copied slogan).
/// </summary>
internal static class CopyPlanner
{
    public const string LiftedPath = "copy/星驰_春季海报文案.txt";
    private const string LiftedFrom = "copy/qiche_brand_story.docx";
    private const string LiftedSlogan = "路一直都在，别等孩子长大了才出发";

    /// <summary>Poster copy with no theme of its own (strategist queries neither expect nor exclude it).</summary>
    private static readonly CopyDocument Poster = new(
        "星驰S9 春季出游海报文案",
        [
            "主视觉：清晨的高速公路，车窗外的天刚刚亮起来，后排的孩子还抱着毛绒熊。",
            "副标题：星驰S9 纯电七座，春天的第一次远行。",
            "画面底部：到店试驾送露营套装，活动截至四月底。",
        ],
        [LiftedSlogan, "星驰S9，春天一起出发"]);

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes)
    {
        ThemeContent Theme(string id) => themes.Single(t => t.Id == id);
        (string Path, ThemeContent Theme, CopyFormat Format)[] files =
        [
            ("copy/muying_brief.txt", Theme("muying"), CopyFormat.Utf8Text),
            ("copy/母婴_夜醒_TVC文案.docx", Theme("muying"), CopyFormat.Docx),
            ("copy/meizhuang_seeding.md", Theme("meizhuang"), CopyFormat.Markdown),
            ("copy/qiche_brand_story.docx", Theme("qiche"), CopyFormat.Docx),
            ("copy/shipin_overtime.md", Theme("shipin"), CopyFormat.Markdown),
            ("copy/shipin_overtime_gbk.txt", Theme("shipin"), CopyFormat.Gb18030Text),
            ("copy/shuma_unboxing.txt", Theme("shuma"), CopyFormat.Utf8BomText),
        ];

        var entries = new List<ManifestEntry>();
        var steps = new List<GenerationStep>();
        foreach (var (path, theme, format) in files)
        {
            var copy = theme.Copy;
            var (encoding, bom, extension) = format switch
            {
                CopyFormat.Utf8Text => ("utf-8", false, "txt"),
                CopyFormat.Utf8BomText => ("utf-8", true, "txt"),
                CopyFormat.Gb18030Text => ("gb18030", false, "txt"),
                CopyFormat.Markdown => ("utf-8", false, "md"),
                CopyFormat.Docx => ("utf-8", false, "docx"),
                _ => throw new InvalidOperationException($"Unknown copy format {format}."),
            };
            entries.Add(new ManifestEntry(path, SampleKind.Copy, extension, copy.Title, [theme.Tags])
            {
                Copy = new CopyFacts(encoding, bom, copy.Title, copy.Paragraphs, copy.Slogans),
            });
            steps.Add(new GenerationStep(path, Phase: 0, [path], (ctx, ct) => WriteAsync(ctx.Output(path), copy, format, ct)));
        }

        if (!string.Concat(Theme("qiche").Copy.Paragraphs).Contains(LiftedSlogan, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The lifted slogan is no longer in the car brand story.");
        }

        entries.Add(new ManifestEntry(LiftedPath, SampleKind.Copy, "txt", Poster.Title, [])
        {
            Copy = new CopyFacts("utf-8", false, Poster.Title, Poster.Paragraphs, Poster.Slogans) { Lifted = new LiftedPassageFacts(LiftedFrom, LiftedSlogan) },
        });
        steps.Add(new GenerationStep(LiftedPath, Phase: 0, [LiftedPath], (ctx, ct) => WriteAsync(ctx.Output(LiftedPath), Poster, CopyFormat.Utf8Text, ct)));

        return new PlanPart(
            entries,
            steps,
            [
                new DuplicatePair(SampleKind.Copy, LiftedFrom, LiftedPath, [Alterations.LiftedSlogan]),
                new DuplicatePair(SampleKind.Copy, "copy/muying_brief.txt", "copy/母婴_夜醒_TVC文案.docx", [Alterations.FormatDocx]),
                new DuplicatePair(SampleKind.Copy, "copy/shipin_overtime.md", "copy/shipin_overtime_gbk.txt", [Alterations.EncodingGb18030]),
            ],
            [new UnrelatedPair(SampleKind.Copy, "copy/muying_brief.txt", "copy/shipin_overtime.md", null)]);
    }

    private static Task WriteAsync(string fullPath, CopyDocument copy, CopyFormat format, CancellationToken ct)
    {
        switch (format)
        {
            case CopyFormat.Utf8Text:
                return File.WriteAllTextAsync(fullPath, CopyRendering.PlainText(copy), Encodings.Utf8NoBom, ct);
            case CopyFormat.Utf8BomText:
                return File.WriteAllTextAsync(fullPath, CopyRendering.PlainText(copy).Replace("\n", "\r\n", StringComparison.Ordinal), Encodings.Utf8WithBom, ct);
            case CopyFormat.Gb18030Text:
                // Notepad on Chinese Windows: GBK/GB18030, CRLF, no BOM.
                return File.WriteAllBytesAsync(fullPath, Encodings.Gb18030.GetBytes(CopyRendering.PlainText(copy).Replace("\n", "\r\n", StringComparison.Ordinal)), ct);
            case CopyFormat.Markdown:
                return File.WriteAllTextAsync(fullPath, CopyRendering.Markdown(copy), Encodings.Utf8NoBom, ct);
            case CopyFormat.Docx:
                DocxWriter.Write(fullPath, copy);
                return Task.CompletedTask;
            default:
                throw new InvalidOperationException($"Unknown copy format {format}.");
        }
    }
}
