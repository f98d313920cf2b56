using System.Globalization;
using System.Text;

namespace AssetBank.Extraction.TextFiles;

/// <summary>
/// Decodes text files of unknown encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE); without
/// one, strict UTF-8 is tried first, then UTF-16 without BOM (alternating NUL bytes), then GB18030 — a superset of
/// GBK and GB2312, which is what Notepad and Excel on Chinese Windows write. Binary data is refused with a reason.
/// </summary>
/// <remarks>
/// Strict UTF-8 rarely accepts GBK by accident: GBK lead bytes (0x81–0xFE) followed by ASCII-range trail bytes are
/// invalid UTF-8, so a Chinese GBK text fails UTF-8 within its first few characters.
/// </remarks>
internal static class TextDecoder
{
    /// <summary>Share of control characters (other than tab, line and page breaks) above which text is called binary.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>Share of private-use or replacement characters above which a GB18030 reading is called garbage.</summary>
    private const double MaxUnassignedShare = 0.02;

    /// <summary>Share of bytes that may be replaced when text in mixed encodings is read as UTF-8 anyway.</summary>
    private const double MaxReplacedShare = 0.05;

    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030Strict = CreateGb18030();

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="truncated"/> says the bytes were cut at a limit (a partial last character is then allowed).</summary>
    /// <exception cref="InvalidDataException">The bytes are not text in any supported encoding; the message says why.</exception>
    public static DecodedText Decode(byte[] bytes, bool truncated)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return Finish(new UTF32Encoding(false, false), bytes, 4, "utf-32le", true, truncated);
        }

        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return Finish(Utf8Strict, bytes, 3, "utf-8", true, truncated);
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Finish(new UnicodeEncoding(false, false, true), bytes, 2, "utf-16le", true, truncated);
        }

        if (span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Finish(new UnicodeEncoding(true, false, true), bytes, 2, "utf-16be", true, truncated);
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            var utf16 = GuessUtf16WithoutBom(span);
            return utf16 switch
            {
                "utf-16le" => Finish(new UnicodeEncoding(false, false, true), bytes, 0, utf16, false, truncated),
                "utf-16be" => Finish(new UnicodeEncoding(true, false, true), bytes, 0, utf16, false, truncated),
                _ => throw new InvalidDataException(
                    $"the file contains NUL bytes (first at offset {span.IndexOf((byte)0).ToString(CultureInfo.InvariantCulture)}): it is binary data, not text"),
            };
        }

        if (TryDecode(Utf8Strict, bytes, 0, truncated, out var utf8))
        {
            return Check(utf8, "utf-8", false, truncated);
        }

        var lenient = LenientUtf8(span, out var replaced);
        var nonAscii = CountNonAscii(span);
        if (replaced * 10 <= nonAscii && replaced <= Math.Max(4, span.Length * MaxReplacedShare))
        {
            // Mostly UTF-8 with a few foreign bytes (a GBK line pasted into a UTF-8 file): keep it, say so.
            return Check(lenient, "utf-8", false, truncated) with { Warning = MixedWarning(replaced) };
        }

        if (TryDecode(Gb18030Strict, bytes, 0, truncated, out var gb))
        {
            var unassigned = gb.Count(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD');
            if (unassigned > Math.Max(2, gb.Length * MaxUnassignedShare))
            {
                throw new InvalidDataException(
                    $"the bytes are not valid UTF-8, and read as GB18030 they give {unassigned.ToString(CultureInfo.InvariantCulture)} unassigned characters: it is binary data or an unsupported encoding");
            }

            return Check(gb, "gb18030", false, truncated);
        }

        if (replaced <= Math.Max(4, span.Length * MaxReplacedShare))
        {
            return Check(lenient, "utf-8", false, truncated) with { Warning = MixedWarning(replaced) };
        }

        throw new InvalidDataException(
            $"the bytes are neither UTF-8, UTF-16 nor GB18030/GBK text (invalid sequence near offset {FirstInvalidUtf8(span).ToString(CultureInfo.InvariantCulture)}): it is binary data or an unsupported encoding");
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static DecodedText Finish(Encoding encoding, byte[] bytes, int skip, string name, bool bom, bool truncated)
    {
        if (!TryDecode(encoding, bytes, skip, truncated, out var text))
        {
            throw new InvalidDataException($"the file starts like {name} text but holds bytes that are not valid {name}");
        }

        return Check(text, name, bom, truncated);
    }

    private static bool TryDecode(Encoding encoding, byte[] bytes, int skip, bool truncated, out string text)
    {
        // A file may end inside a multi-byte character (cut by us at the size limit, or by the tool that wrote it):
        // up to three trailing bytes may go; an invalid sequence anywhere else still means "not this encoding".
        _ = truncated;
        var maxCut = Math.Min(3, bytes.Length - skip);
        for (var cut = 0; cut <= maxCut; cut++)
        {
            try
            {
                text = encoding.GetString(bytes, skip, bytes.Length - skip - cut);
                return true;
            }
            catch (DecoderFallbackException)
            {
                // Try one byte shorter, or give up.
            }
            catch (ArgumentException)
            {
                // UTF-16 with an odd byte count throws this when the decoder is strict.
            }
        }

        text = string.Empty;
        return false;
    }

    private static DecodedText Check(string text, string name, bool bom, bool truncated)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f' or '\v' or '\u001A'))
            {
                control++;
            }
        }

        if (control > Math.Max(2, text.Length * MaxControlShare))
        {
            var share = (double)control / text.Length;
            throw new InvalidDataException(
                $"read as {name}, {share.ToString("P1", CultureInfo.InvariantCulture)} of the characters are control characters: it is binary data, not text");
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new DecodedText(text, name, bom, truncated);
    }

    /// <summary>UTF-16 without BOM shows as text whose every other byte is NUL (ASCII and Latin) — at least in its ASCII parts.</summary>
    private static string? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02)
        {
            return "utf-16le";
        }

        return evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02 ? "utf-16be" : null;
    }

    private static string LenientUtf8(ReadOnlySpan<byte> bytes, out int replaced)
    {
        var text = Encoding.UTF8.GetString(bytes);
        replaced = text.AsSpan().Count('\uFFFD') - CountEncodedReplacementChars(bytes);
        return text;
    }

    /// <summary>U+FFFD written in the file itself (EF BF BD) is text, not a decoding failure.</summary>
    private static int CountEncodedReplacementChars(ReadOnlySpan<byte> bytes) => bytes.Count("\uFFFD"u8);

    private static int CountNonAscii(ReadOnlySpan<byte> bytes) => bytes.Length - CountAscii(bytes);

    private static int CountAscii(ReadOnlySpan<byte> bytes)
    {
        var ascii = 0;
        foreach (var b in bytes)
        {
            ascii += b < 0x80 ? 1 : 0;
        }

        return ascii;
    }

    private static string MixedWarning(int replaced) => string.Create(CultureInfo.InvariantCulture,
        $"the text is not valid in any one encoding (mixed UTF-8 and GBK?); read as UTF-8 with {replaced:N0} undecodable byte sequences shown as \uFFFD");

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : 0;
    }
}
