using System.Globalization;

namespace AssetBank.Extraction.TextFiles;

/// <summary>Reads a text-based file (txt, md, csv, json) within the limits and decodes it, noting truncation.</summary>
internal static class TextFileReader
{
    /// <summary>Bytes read for the text limit: four per character covers UTF-8 CJK (three) and GB18030 four-byte forms.</summary>
    private const int BytesPerChar = 4;

    public static DecodedText Read(ExtractionSource source, int maxChars)
    {
        var (bytes, cut) = source.ReadBytes(Math.Min(source.Options.MaxFileBytes, (long)maxChars * BytesPerChar));
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes, cut);
        }
        catch (InvalidDataException e)
        {
            throw source.Reject(e.Message, e);
        }

        if (decoded.Warning is { } warning)
        {
            source.Warnings.Add(warning);
        }

        var text = decoded.Text;
        var truncated = cut;
        if (text.Length > maxChars)
        {
            text = text[..maxChars];
            truncated = true;
        }

        if (truncated)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"text cut at the limit of {maxChars:N0} characters (Extraction:MaxTextChars); the rest of the file is not indexed"));
        }

        return decoded with { Text = text, Truncated = truncated };
    }

    /// <summary>Reads and decodes the whole file (tables and JSON, which cannot be cut mid-way); their limits are rows, not characters.</summary>
    public static DecodedText ReadWhole(ExtractionSource source)
    {
        var (bytes, cut) = source.ReadBytes(source.Options.MaxFileBytes);
        if (cut)
        {
            throw source.Reject($"the file is larger than the limit of {source.Options.MaxFileBytes:N0} bytes (Extraction:MaxFileBytes)");
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes, truncated: false);
        }
        catch (InvalidDataException e)
        {
            throw source.Reject(e.Message, e);
        }

        if (decoded.Warning is { } warning)
        {
            source.Warnings.Add(warning);
        }

        return decoded;
    }
}
