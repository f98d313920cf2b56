using System.Globalization;
using System.IO.Compression;

namespace AssetBank.Extraction.Documents;

/// <summary>
/// Inflate-bomb guard for PDFs, run before PdfPig (which inflates a content stream whole into memory): every Flate
/// stream that is not an image is inflated through a counter, one 64 KiB buffer at a time, and the file is refused
/// the moment the total passes <see cref="ExtractionOptions.MaxInflatedBytes"/>.
/// </summary>
/// <remarks>
/// Streams are found by their <c>stream</c> keyword after a dictionary's <c>&gt;&gt;</c>, not through the cross-reference
/// table, so a broken xref cannot hide one. Image streams are skipped: text extraction never decodes them, and a
/// scanned PDF's pictures may well inflate past the limit. A stream filtered twice (Flate of Flate) is counted at
/// its first inflation only.
/// </remarks>
internal static class PdfStreamGuard
{
    private const int ChunkBytes = 1024 * 1024;

    /// <summary>Bytes before the keyword searched for the stream's dictionary (its /Subtype).</summary>
    private const int DictionaryWindow = 2048;

    public static void Check(ExtractionSource source, CancellationToken cancellationToken)
    {
        var limit = source.Options.MaxInflatedBytes;
        using var file = new FileStream(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        using var data = new FileStream(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        var chunk = new byte[ChunkBytes + DictionaryWindow];
        var buffer = new byte[64 * 1024];
        long total = 0;
        long chunkStart = 0;
        var carried = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            file.Position = chunkStart + carried;
            var read = file.ReadAtLeast(chunk.AsSpan(carried, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
            var length = carried + read;
            var span = chunk.AsSpan(0, length);
            var from = carried == 0 ? 0 : Math.Max(0, carried - 16);
            while (true)
            {
                var at = span[from..].IndexOf("stream"u8);
                if (at < 0)
                {
                    break;
                }

                at += from;
                from = at + 6;
                if (DataStart(span, at) is not { } start || IsImage(span[Math.Max(0, at - DictionaryWindow)..at]))
                {
                    continue;
                }

                total += Inflate(data, chunkStart + start, limit - total, buffer);
                if (total > limit)
                {
                    throw source.Reject(string.Create(CultureInfo.InvariantCulture,
                        $"the PDF's streams inflate past the limit of {limit:N0} bytes (Extraction:MaxInflatedBytes); stopped at the stream at byte {chunkStart + at:N0}: an inflate bomb"));
                }
            }

            if (read < ChunkBytes)
            {
                return;
            }

            // Keep the tail: a keyword or a dictionary may straddle the chunk boundary.
            carried = Math.Min(DictionaryWindow, length);
            chunk.AsSpan(length - carried, carried).CopyTo(chunk);
            chunkStart += length - carried;
        }
    }

    /// <summary>Where the stream's data begins: after <c>stream</c> and its end of line, when a dictionary closes just before.</summary>
    private static int? DataStart(ReadOnlySpan<byte> span, int keyword)
    {
        var before = span[..keyword].TrimEnd(" \t\r\n"u8);
        if (!before.EndsWith(">>"u8))
        {
            return null;
        }

        var i = keyword + 6;
        if (i < span.Length && span[i] == '\r')
        {
            i++;
        }

        if (i < span.Length && span[i] == '\n')
        {
            i++;
        }

        return i == keyword + 6 || i >= span.Length ? null : i;
    }

    private static bool IsImage(ReadOnlySpan<byte> window)
    {
        var dictionary = window[(window.LastIndexOf("obj"u8) + 1)..];
        var subtype = dictionary.IndexOf("/Subtype"u8);
        return subtype >= 0 && dictionary[(subtype + 8)..].TrimStart(" \t\r\n"u8).StartsWith("/Image"u8);
    }

    /// <summary>Inflates one stream, stopping just past <paramref name="remaining"/> bytes; a stream that is not Flate counts 0.</summary>
    private static long Inflate(FileStream data, long start, long remaining, byte[] buffer)
    {
        data.Position = start;
        long inflated = 0;
        try
        {
            using var zlib = new ZLibStream(data, CompressionMode.Decompress, leaveOpen: true);
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > remaining)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a Flate stream (JPEG, raw, LZW) or damaged data: what inflated so far still counts.
        }

        return inflated;
    }
}
