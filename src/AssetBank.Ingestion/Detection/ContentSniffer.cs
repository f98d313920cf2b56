using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Assets;

namespace AssetBank.Ingestion.Detection;

/// <summary>Decides format and kind from the bytes (magic numbers, container brands, zip parts, text shape).</summary>
/// <remarks>The file name is only a tie-breaker between text formats that look alike (Markdown vs plain text).</remarks>
public static class ContentSniffer
{
    private const int HeaderBytes = 64;
    private const int TextSampleBytes = 64 * 1024;

    // Comment exports carry 用户昵称 too, so only these decide "KOL list" outright; the weak ones after social markers.
    private static readonly string[] StrongKolMarkers = ["粉丝", "刊例", "报价", "kol", "follower"];
    private static readonly string[] KolMarkers = ["昵称", "账号", "达人", "博主", "kol", "follower", "粉丝"];
    private static readonly string[] SocialMarkers = ["评论", "点赞", "笔记", "收藏", "转发", "弹幕", "comment", "likes", "collects", "note"];

    static ContentSniffer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Bytes <see cref="DetectPrefix"/> needs to decide everything it can decide from a prefix.</summary>
    public const int PrefixBytes = TextSampleBytes;

    /// <summary>Sniffs a local file. Returns null when the content is of no kind AssetBank handles.</summary>
    public static async Task<DetectedContent?> DetectAsync(string path, string keyHint, CancellationToken cancellationToken)
    {
        byte[] sample;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous))
        {
            sample = new byte[(int)Math.Min(stream.Length, TextSampleBytes)];
            await stream.ReadExactlyAsync(sample, cancellationToken);
        }

        var prefix = DetectPrefix(sample, keyHint);
        return prefix.NeedsWholeFile ? DetectOfficeDocument(path) : prefix.Content;
    }

    /// <summary>
    /// Classifies content from its first bytes (up to <see cref="PrefixBytes"/>; all of a smaller file), so that
    /// non-media can be refused before a large object is copied. Zip packages need the whole file (their directory is
    /// at the end): those come back with <see cref="PrefixDetection.NeedsWholeFile"/> set.
    /// </summary>
    public static PrefixDetection DetectPrefix(ReadOnlySpan<byte> prefix, string keyHint)
    {
        ArgumentNullException.ThrowIfNull(keyHint);
        if (IsZip(prefix))
        {
            return new PrefixDetection(null, true, null);
        }

        if (StillImageType(prefix) is { } stillImage)
        {
            // HEIF stills (AVIF, HEIC) share MP4's ftyp box; their brands say picture, not video.
            return new PrefixDetection(new DetectedContent(ContentFormat.Unknown, AssetKind.Image, stillImage), false, null);
        }

        var binary = DetectBinary(prefix);
        var content = binary != ContentFormat.Unknown ? Describe(binary, AssetKind.Unknown) : DetectText(prefix.ToArray(), keyHint);
        return new PrefixDetection(content, false, content is null ? ExplainRefusal(prefix) : null);
    }

    /// <summary>Why content of these first bytes is refused, for the error message.</summary>
    public static string ExplainRefusal(ReadOnlySpan<byte> prefix)
    {
        if (prefix.IsEmpty)
        {
            return "the file is empty (0 bytes)";
        }

        if (prefix.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return "an OLE2 compound file: a legacy .doc/.xls/.ppt or a password-protected Office document; "
                + "save it as .docx/.xlsx/.pptx without a password";
        }

        var header = prefix[..Math.Min(prefix.Length, 8)];
        return $"unsupported content: not a video, image, audio, document, table or JSON file we recognise (first bytes {Convert.ToHexString(header)})";
    }

    /// <summary>The MIME type of a still HEIF picture (major brand <c>avif</c>, <c>heic</c>, <c>heix</c> or <c>mif1</c>), or null.</summary>
    private static string? StillImageType(ReadOnlySpan<byte> h)
    {
        if (h.Length < 12 || !h.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return null;
        }

        var major = h.Slice(8, 4);
        if (major.SequenceEqual("avif"u8))
        {
            return "image/avif";
        }

        if (major.SequenceEqual("heic"u8) || major.SequenceEqual("heix"u8))
        {
            return "image/heic";
        }

        if (!major.SequenceEqual("mif1"u8))
        {
            return null;
        }

        // mif1 is the generic still-image brand; the compatible brands say which codec.
        var box = h[..(int)Math.Min(h.Length, Math.Max(16u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(h)))];
        return box.Length > 16 && box[16..].IndexOf("avif"u8) >= 0 ? "image/avif" : "image/heic";
    }

    /// <summary>Formats recognisable from the first bytes alone.</summary>
    public static ContentFormat DetectBinary(ReadOnlySpan<byte> h)
    {
        if (h.Length >= 12 && h.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(h.Slice(8, 4));
            return brand switch
            {
                "qt  " => ContentFormat.QuickTime,
                "M4A " or "M4B " or "M4P " => ContentFormat.M4a,
                _ => ContentFormat.Mp4,
            };
        }

        if (h.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }))
        {
            var window = h[..Math.Min(h.Length, HeaderBytes)];
            return window.IndexOf("webm"u8) >= 0 ? ContentFormat.WebM : ContentFormat.Matroska;
        }

        if (h.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ContentFormat.Jpeg;
        }

        if (h.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ContentFormat.Png;
        }

        if (h.Length >= 12 && h.StartsWith("RIFF"u8))
        {
            var form = h.Slice(8, 4);
            if (form.SequenceEqual("WEBP"u8))
            {
                return ContentFormat.WebP;
            }

            if (form.SequenceEqual("WAVE"u8))
            {
                return ContentFormat.Wav;
            }
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return ContentFormat.Gif;
        }

        if (h.StartsWith(new byte[] { 0x49, 0x49, 0x2A, 0x00 }) || h.StartsWith(new byte[] { 0x4D, 0x4D, 0x00, 0x2A }))
        {
            return ContentFormat.Tiff;
        }

        if (h.StartsWith("ID3"u8))
        {
            return ContentFormat.Mp3;
        }

        if (h.StartsWith("fLaC"u8))
        {
            return ContentFormat.Flac;
        }

        if (h.StartsWith("OggS"u8))
        {
            return ContentFormat.Ogg;
        }

        if (h.StartsWith("%PDF-"u8))
        {
            return ContentFormat.Pdf;
        }

        if (h.Length >= 2 && ((h[0] == 0xFF && h[1] == 0xFE) || (h[0] == 0xFE && h[1] == 0xFF)))
        {
            // A UTF-16 byte-order mark, which would otherwise pass for an MPEG audio frame sync.
            return ContentFormat.Unknown;
        }

        if (h.Length >= 4 && h[0] == 0xFF)
        {
            // ADTS AAC: 12-bit sync, layer bits 00. MPEG audio (MP3): 11-bit sync, layer bits non-zero.
            if ((h[1] & 0xF6) == 0xF0)
            {
                return ContentFormat.Aac;
            }

            var bitrateIndex = h[2] >> 4;
            var sampleRateIndex = (h[2] >> 2) & 0x03;
            if ((h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) != 0 && (h[1] & 0x18) != 0x08
                && bitrateIndex is not (0 or 0x0F) && sampleRateIndex != 3)
            {
                return ContentFormat.Mp3;
            }
        }

        return ContentFormat.Unknown;
    }

    private static bool IsZip(ReadOnlySpan<byte> h) => h.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 });

    private static DetectedContent? DetectOfficeDocument(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            bool Has(string name) => zip.GetEntry(name) is not null;
            if (Has("word/document.xml"))
            {
                return Describe(ContentFormat.Docx, AssetKind.Copy);
            }

            if (Has("ppt/presentation.xml"))
            {
                return Describe(ContentFormat.Pptx, AssetKind.Copy);
            }

            if (Has("xl/workbook.xml"))
            {
                // The header words live in the shared strings, or — in files written by scripts — inline in the first sheet.
                var text = ReadSample(zip.GetEntry("xl/sharedStrings.xml"));
                if (ClassifyTable(text) == AssetKind.Copy)
                {
                    var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")
                        ?? zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MinBy(e => e.FullName);
                    text += "\n" + InlineText(ReadSample(sheet));
                }

                return Describe(ContentFormat.Xlsx, ClassifyTable(text));
            }
        }
        catch (InvalidDataException)
        {
            // A broken zip is not an office document.
        }

        return null;
    }

    /// <summary>The first <see cref="TextSampleBytes"/> characters of a zip entry: a bounded read, whatever the entry inflates to.</summary>
    private static string ReadSample(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var buffer = new char[TextSampleBytes];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
    }

    /// <summary>The text between tags of a sheet's XML (inline strings are <c>&lt;is&gt;&lt;t&gt;…&lt;/t&gt;&lt;/is&gt;</c>).</summary>
    private static string InlineText(string xml)
    {
        var text = new StringBuilder();
        var inTag = false;
        foreach (var c in xml)
        {
            if (c == '<')
            {
                inTag = true;
                text.Append(' ');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static DetectedContent? DetectText(byte[] sample, string keyHint)
    {
        if (sample.Length == 0)
        {
            return null;
        }

        var text = DecodeText(sample);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && LooksLikeJson(sample))
        {
            var kind = ContainsAny(text, KolMarkers) && !ContainsAny(text, SocialMarkers) ? AssetKind.KolList
                : ContainsAny(text, SocialMarkers) ? AssetKind.Social
                : AssetKind.Copy;
            return Describe(ContentFormat.Json, kind);
        }

        if (LooksLikeDelimitedTable(text))
        {
            return Describe(ContentFormat.Csv, ClassifyTable(FirstLine(text)));
        }

        var extension = Path.GetExtension(keyHint).ToLowerInvariant();
        var markdown = extension is ".md" or ".markdown"
            || text.Split('\n').Take(40).Any(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("```", StringComparison.Ordinal));
        return Describe(markdown ? ContentFormat.Markdown : ContentFormat.PlainText, AssetKind.Copy);
    }

    /// <summary>
    /// Decodes a text sample (UTF-8, UTF-16 with or without BOM, GB18030, or mostly-UTF-8 with a few foreign bytes),
    /// or null when it is not text. Detection only has to tell text from binary; the extractor decodes for real.
    /// </summary>
    internal static string? DecodeText(byte[] sample)
    {
        string text;
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
        {
            text = (sample[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(sample, 2, (sample.Length - 2) & ~1);
        }
        else if (Array.IndexOf(sample, (byte)0) >= 0)
        {
            var utf16 = Utf16WithoutBom(sample);
            if (utf16 is null)
            {
                return null;
            }

            text = utf16.GetString(sample, 0, sample.Length & ~1);
        }
        else if (TryDecode(new UTF8Encoding(false, throwOnInvalidBytes: true), sample, out var utf8))
        {
            text = utf8;
        }
        else if (TryDecode(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), sample, out var gb))
        {
            text = gb;
        }
        else
        {
            // Neither encoding throughout: text in mixed encodings is still text when few bytes fail as UTF-8.
            text = Encoding.UTF8.GetString(sample);
            if (text.AsSpan().Count('\uFFFD') * 20 > sample.Length)
            {
                return null;
            }
        }

        var control = text.Count(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'));
        return control * 100 > text.Length ? null : text;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark: Latin and ASCII characters leave a NUL in every other byte, on the odd side
    /// for little-endian and the even side for big-endian; binary data has NULs on both sides.
    /// </summary>
    private static Encoding? Utf16WithoutBom(byte[] sample)
    {
        var pairs = Math.Min(sample.Length, 4096) / 2;
        if (pairs < 2)
        {
            return null;
        }

        var zeros = new int[2];
        for (var i = 0; i < pairs * 2; i++)
        {
            zeros[i & 1] += sample[i] == 0 ? 1 : 0;
        }

        return (zeros[0] * 50 <= pairs, zeros[1] * 50 <= pairs) switch
        {
            (true, false) when zeros[1] * 10 >= pairs * 3 => Encoding.Unicode,
            (false, true) when zeros[0] * 10 >= pairs * 3 => Encoding.BigEndianUnicode,
            _ => null,
        };
    }

    private static bool TryDecode(Encoding encoding, byte[] sample, out string text)
    {
        // The sample may end in the middle of a multi-byte character: allow a few trailing bytes to be cut.
        for (var cut = 0; cut < 4 && cut < sample.Length; cut++)
        {
            try
            {
                text = encoding.GetString(sample, 0, sample.Length - cut);
                return true;
            }
            catch (DecoderFallbackException)
            {
                if (sample.Length < TextSampleBytes)
                {
                    break;
                }
            }
        }

        text = string.Empty;
        return false;
    }

    private static bool LooksLikeJson(byte[] sample)
    {
        var reader = new Utf8JsonReader(sample.AsSpan(sample.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0), isFinalBlock: sample.Length < TextSampleBytes, default);
        try
        {
            var tokens = 0;
            while (reader.Read() && tokens < 10_000)
            {
                tokens++;
            }

            return tokens > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool LooksLikeDelimitedTable(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(6).ToList();
        if (lines.Count < 2)
        {
            return false;
        }

        foreach (var delimiter in new[] { ',', '\t', ';' })
        {
            var header = CountOutsideQuotes(lines[0], delimiter);
            if (header >= 1 && lines.Skip(1).Take(lines.Count - 2 > 0 ? lines.Count - 2 : 1).All(l => CountOutsideQuotes(l, delimiter) == header))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static AssetKind ClassifyTable(string headerText) =>
        ContainsAny(headerText, StrongKolMarkers) ? AssetKind.KolList
        : ContainsAny(headerText, SocialMarkers) ? AssetKind.Social
        : ContainsAny(headerText, KolMarkers) ? AssetKind.KolList
        : AssetKind.Copy;

    private static bool ContainsAny(string text, string[] markers) =>
        markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static DetectedContent Describe(ContentFormat format, AssetKind kindForTables)
    {
        return format switch
        {
            ContentFormat.Mp4 => new(format, AssetKind.Video, "video/mp4"),
            ContentFormat.QuickTime => new(format, AssetKind.Video, "video/quicktime"),
            ContentFormat.Matroska => new(format, AssetKind.Video, "video/x-matroska"),
            ContentFormat.WebM => new(format, AssetKind.Video, "video/webm"),
            ContentFormat.Jpeg => new(format, AssetKind.Image, "image/jpeg"),
            ContentFormat.Png => new(format, AssetKind.Image, "image/png"),
            ContentFormat.WebP => new(format, AssetKind.Image, "image/webp"),
            ContentFormat.Gif => new(format, AssetKind.Image, "image/gif"),
            ContentFormat.Tiff => new(format, AssetKind.Image, "image/tiff"),
            ContentFormat.Mp3 => new(format, AssetKind.Audio, "audio/mpeg"),
            ContentFormat.Wav => new(format, AssetKind.Audio, "audio/wav"),
            ContentFormat.Aac => new(format, AssetKind.Audio, "audio/aac"),
            ContentFormat.M4a => new(format, AssetKind.Audio, "audio/mp4"),
            ContentFormat.Flac => new(format, AssetKind.Audio, "audio/flac"),
            ContentFormat.Ogg => new(format, AssetKind.Audio, "audio/ogg"),
            ContentFormat.Pdf => new(format, AssetKind.Copy, "application/pdf"),
            ContentFormat.Docx => new(format, AssetKind.Copy, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ContentFormat.Pptx => new(format, AssetKind.Copy, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ContentFormat.Xlsx => new(format, kindForTables, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ContentFormat.Csv => new(format, kindForTables, "text/csv"),
            ContentFormat.Json => new(format, kindForTables, "application/json"),
            ContentFormat.Markdown => new(format, AssetKind.Copy, "text/markdown"),
            ContentFormat.PlainText => new(format, AssetKind.Copy, "text/plain"),
            _ => new(format, AssetKind.Unknown, "application/octet-stream"),
        };
    }
}
