using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AssetBank.Media.Subtitles;

/// <summary>Shared cleaning and decoding of subtitle text.</summary>
public static partial class SubtitleText
{
    private static readonly Encoding Gb18030 = CreateGb18030();

    /// <summary>Removes ASS override blocks (<c>{\an8}</c>), HTML-like tags (<c>&lt;i&gt;</c>, <c>&lt;font …&gt;</c>), ASS line breaks (<c>\N</c>, <c>\h</c>) and blank lines.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = AssOverride().Replace(text, string.Empty);
        value = value.Replace("\\N", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\h", " ", StringComparison.Ordinal);
        value = Tag().Replace(value, string.Empty);
        value = WebUtility.HtmlDecode(value);
        var lines = value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Decodes subtitle bytes: a BOM decides when present; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030
    /// (a superset of GBK/GB2312, which Chinese subtitle files without a BOM usually are).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding CreateGb18030()
    {
        // Code pages beyond Latin-1 and UTF-* need the provider that ships with .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [GeneratedRegex(@"\{\\[^}]*\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssOverride();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
