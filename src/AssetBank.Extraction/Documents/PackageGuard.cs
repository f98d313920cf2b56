using System.Globalization;
using System.IO.Compression;

namespace AssetBank.Extraction.Documents;

/// <summary>
/// Zip-bomb guard for Office packages, run before the Open XML SDK sees the file: the central directory's declared
/// sizes and ratios are checked first (nothing inflated), then every XML part is inflated through a counter that
/// refuses the package the moment the total passes <see cref="ExtractionOptions.MaxInflatedBytes"/>.
/// </summary>
/// <remarks>
/// The second pass costs CPU up to the limit but no memory (one 64 KiB buffer). It is what makes the limit hold for a
/// package whose central directory lies about the sizes. Media parts are not counted: they are never inflated to be
/// parsed, so a large deck of photos stays within the limit.
/// </remarks>
internal static class PackageGuard
{
    /// <summary>More entries than any real document has; a central directory of millions is itself the attack.</summary>
    private const int MaxEntries = 20_000;

    /// <summary>Parts below this inflated size are not judged by their ratio: small XML compresses very well.</summary>
    private const long RatioFloorBytes = 16L * 1024 * 1024;

    public static void Check(ExtractionSource source, string what, CancellationToken cancellationToken)
    {
        var options = source.Options;
        using var zip = OpenZip(source, what);
        if (zip.Entries.Count > MaxEntries)
        {
            throw source.Reject(string.Create(CultureInfo.InvariantCulture,
                $"the {what} holds {zip.Entries.Count:N0} zip entries, more than the {MaxEntries:N0} a document can have"));
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > RatioFloorBytes && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw source.Reject(string.Create(CultureInfo.InvariantCulture,
                    $"the {what} part {entry.FullName} declares {entry.Length:N0} bytes from {entry.CompressedLength:N0} compressed, a ratio over {options.MaxCompressionRatio}:1 (Extraction:MaxCompressionRatio): a zip bomb"));
            }

            declared += IsParsed(entry) ? entry.Length : 0;
        }

        if (declared > options.MaxInflatedBytes)
        {
            throw OverLimit(source, what, $"declares {declared:N0} bytes of XML");
        }

        var buffer = new byte[64 * 1024];
        long inflated = 0;
        foreach (var entry in zip.Entries)
        {
            if (!IsParsed(entry))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            using var stream = OpenEntry(source, what, entry);
            int read;
            while ((read = ReadEntry(source, what, stream, buffer)) > 0)
            {
                inflated += read;
                if (inflated > options.MaxInflatedBytes)
                {
                    throw OverLimit(source, what, $"inflates past {options.MaxInflatedBytes:N0} bytes of XML (stopped in part {entry.FullName})");
                }
            }
        }
    }

    /// <summary>XML parts (and anything else the SDK would parse); media and embedded packages are only ever copied or measured.</summary>
    private static bool IsParsed(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static Core.Errors.ContentRejectedException OverLimit(ExtractionSource source, string what, string problem) =>
        source.Reject(string.Create(CultureInfo.InvariantCulture,
            $"the {what} {problem}, over the limit of {source.Options.MaxInflatedBytes:N0} bytes (Extraction:MaxInflatedBytes): a zip bomb or far larger than a document"));

    private static ZipArchive OpenZip(ExtractionSource source, string what)
    {
        try
        {
            return ZipFile.OpenRead(source.Path);
        }
        catch (InvalidDataException e)
        {
            throw source.Reject($"the {what} is not a readable zip package: {e.Message}", e);
        }
    }

    private static Stream OpenEntry(ExtractionSource source, string what, ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException e)
        {
            throw source.Reject($"the {what} part {entry.FullName} cannot be read: {e.Message}", e);
        }
    }

    private static int ReadEntry(ExtractionSource source, string what, Stream stream, byte[] buffer)
    {
        try
        {
            return stream.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw source.Reject($"the {what} is corrupt: {e.Message}", e);
        }
    }
}
