using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace AssetBank.Extraction.Documents;

/// <summary>Opening Office packages read-only with a part-size guard, and turning their failures into rejections.</summary>
internal static class OfficePackage
{
    public static OpenSettings Settings(ExtractionSource source) => new()
    {
        AutoSave = false,
        MaxCharactersInPart = source.Options.MaxPartChars,
    };

    /// <summary>Runs <paramref name="read"/> and rejects the asset when the package is broken, encrypted or over the part limit.</summary>
    public static T Read<T>(ExtractionSource source, string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (OpenXmlPackageException e)
        {
            throw source.Reject($"the {what} is not a readable Office package: {e.Message}", e);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.OrdinalIgnoreCase))
        {
            throw source.Reject($"the {what} has a part larger than {source.Options.MaxPartChars:N0} characters (Extraction:MaxPartChars)", e);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw source.Reject($"the {what} is corrupt: {e.Message}", e);
        }
    }

    /// <summary>Refuses encrypted packages and zip bombs before the SDK opens the file (see <see cref="PackageGuard"/>).</summary>
    public static void Guard(ExtractionSource source, string what, CancellationToken cancellationToken)
    {
        RejectIfEncrypted(source, what);
        PackageGuard.Check(source, what, cancellationToken);
    }

    /// <summary>Office files saved with a password are OLE compound files (D0 CF 11 E0), not zip packages.</summary>
    private static void RejectIfEncrypted(ExtractionSource source, string what)
    {
        Span<byte> header = stackalloc byte[8];
        using var stream = File.OpenRead(source.Path);
        var read = stream.Read(header);
        if (read >= 4 && header[..4].SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw source.Reject($"the {what} is password-protected (an encrypted Office file); save it without a password to ingest it");
        }
    }
}
