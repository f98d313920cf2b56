using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;
using UglyToad.PdfPig;

namespace AssetBank.Extraction.Tests;

public sealed class PdfTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Text_is_read_per_page_with_the_metadata_title()
    {
        var path = _folder.Write("brief.pdf", PdfFiles.Text("Night Feed Brief", ["Night feeds", "New dads learn fast"], ["Tagline: calm nights"]));

        var content = await Extract.FileAsync(path, "copy/brief.pdf", AssetKind.Copy, ContentFormat.Pdf);

        Assert.Equal("Night Feed Brief", content.Title);
        Assert.Equal(["page 1", "page 2"], content.Sections.Select(s => s.Location));
        Assert.Contains("New dads learn fast", content.Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tagline: calm nights", content.Sections[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_text_is_noted()
    {
        var path = _folder.Write("scan.pdf", PdfFiles.Text(null, [], ["Only page two has text"]));

        var content = await Extract.FileAsync(path, "copy/scan.pdf", AssetKind.Copy, ContentFormat.Pdf);

        Assert.Single(content.Sections);
        Assert.Contains(content.Warnings, w => w.Contains("without a text layer: 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_protected_pdf_is_rejected_as_password_protected()
    {
        var bytes = PdfFiles.Encrypted(userPassword: "secret", ownerPassword: "owner");
        var path = _folder.Write("locked.pdf", bytes);
        // The fixture is a real encrypted PDF: it opens with its password.
        using (var opened = PdfDocument.Open(bytes, new ParsingOptions { Password = "secret" }))
        {
            Assert.True(opened.IsEncrypted);
            Assert.Equal(1, opened.NumberOfPages);
        }

        var e = await Extract.RejectionAsync(path, "copy/locked.pdf", AssetKind.Copy, ContentFormat.Pdf);

        Assert.Contains("is password-protected", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_pdf_is_rejected_with_a_clear_reason()
    {
        var path = _folder.Write("broken.pdf", PdfFiles.Corrupt());

        var e = await Extract.RejectionAsync(path, "copy/broken.pdf", AssetKind.Copy, ContentFormat.Pdf);

        Assert.Contains("PDF is corrupt", e.Problem, StringComparison.Ordinal);
    }
}
