using System.Globalization;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction.Documents;

/// <summary>An image stored inside an Office package, listed as an <c>embedded-image</c> item.</summary>
/// <param name="Path">The part's path inside the package, e.g. <c>/word/media/image1.png</c>.</param>
/// <param name="Location">Where it is used: <c>document</c>, <c>slide 3</c>.</param>
/// <param name="AltText">The picture's description (alt text) or, failing that, its title.</param>
internal sealed record EmbeddedImage(string Path, string ContentType, long Bytes, string Location, string? AltText)
{
    public ExtractedItem ToItem(int number)
    {
        var name = System.IO.Path.GetFileName(Path);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["path"] = Path,
            ["content_type"] = ContentType,
            ["location"] = Location,
        };
        if (!string.IsNullOrWhiteSpace(AltText))
        {
            fields["alt"] = AltText;
        }

        return new ExtractedItem("image:" + number.ToString(CultureInfo.InvariantCulture), "embedded-image",
            string.IsNullOrWhiteSpace(AltText) ? name : AltText, string.IsNullOrWhiteSpace(AltText) ? name : AltText)
        {
            Fields = fields,
            Metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["bytes"] = Bytes },
        };
    }

    /// <summary>The part's size in bytes; read-only packages give deflate streams that cannot seek, so it is counted.</summary>
    public static long SizeOf(DocumentFormat.OpenXml.Packaging.OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        if (stream.CanSeek)
        {
            return stream.Length;
        }

        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
