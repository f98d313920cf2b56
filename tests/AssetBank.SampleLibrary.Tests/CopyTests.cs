using System.Text;
using AssetBank.SampleLibrary.Manifest;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class CopyTests(SampleLibraryFixture library)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public async Task Text_copy_decodes_in_its_declared_encoding_and_holds_the_manifest_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var entry in library.OfKind(SampleKind.Copy).Where(e => e.Format is "txt" or "md"))
        {
            var bytes = await File.ReadAllBytesAsync(library.PathOf(entry.Path));
            var copy = entry.Copy!;
            var hasBom = bytes is [0xEF, 0xBB, 0xBF, ..];
            Assert.Equal(copy.Bom, hasBom);
            string text;
            if (copy.Encoding == "gb18030")
            {
                // A GBK file is not valid UTF-8: a sniffer has to notice.
                Assert.ThrowsAny<DecoderFallbackException>(() => StrictUtf8.GetString(bytes));
                text = Encoding.GetEncoding("GB18030").GetString(bytes);
            }
            else
            {
                Assert.Equal("utf-8", copy.Encoding);
                text = StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            }

            AssertHolds(entry.Path, text, copy);
        }
    }

    [Fact]
    public void Docx_copy_is_valid_open_xml_and_holds_the_manifest_text()
    {
        var docs = library.OfKind(SampleKind.Copy).Where(e => e.Format == "docx").ToList();
        Assert.NotEmpty(docs);
        foreach (var entry in docs)
        {
            using var document = WordprocessingDocument.Open(library.PathOf(entry.Path), isEditable: false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal(entry.Copy!.Title, paragraphs[0]);
            Assert.Equal(entry.Copy.Title, document.PackageProperties.Title);
            AssertHolds(entry.Path, string.Join('\n', paragraphs), entry.Copy);
        }
    }

    [Fact]
    public void Copy_covers_the_formats_and_encodings_agencies_send()
    {
        var copies = library.OfKind(SampleKind.Copy).ToList();
        Assert.Contains(copies, e => e.Format == "txt" && e.Copy!.Encoding == "utf-8" && !e.Copy.Bom);
        Assert.Contains(copies, e => e.Format == "txt" && e.Copy!.Encoding == "utf-8" && e.Copy.Bom);
        Assert.Contains(copies, e => e.Format == "txt" && e.Copy!.Encoding == "gb18030" && !e.Copy.Bom);
        Assert.Contains(copies, e => e.Format == "md");
        Assert.Contains(copies, e => e.Format == "docx");
        Assert.All(copies, e => Assert.True(e.Copy!.Paragraphs.Count >= 3 && e.Copy.Slogans.Count >= 2));
    }

    private static void AssertHolds(string path, string text, CopyFacts copy)
    {
        Assert.True(text.Contains(copy.Title, StringComparison.Ordinal), $"{path} lacks its title");
        foreach (var part in copy.Paragraphs.Concat(copy.Slogans))
        {
            Assert.True(text.Contains(part, StringComparison.Ordinal), $"{path} lacks: {part}");
        }
    }
}
