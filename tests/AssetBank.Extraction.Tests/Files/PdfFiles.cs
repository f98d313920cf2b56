using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AssetBank.Extraction.Tests.Files;

/// <summary>PDFs for tests: written with PdfPig's builder, or by hand where PdfPig cannot write them (encryption).</summary>
public static class PdfFiles
{
    /// <summary>The 32-byte padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3).</summary>
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>A PDF with one page of lines per entry of <paramref name="pages"/> (Helvetica, so Latin text only).</summary>
    public static byte[] Text(string? title, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(50, y), font);
                y -= 20;
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF encrypted by the standard security handler, revision 2 (RC4, 40-bit), that opens only with
    /// <paramref name="userPassword"/>: /O and /U are computed as ISO 32000-1 algorithms 3, 2 and 4 say. The page
    /// has no content stream and the file no strings, so nothing else needs encrypting.
    /// </summary>
    public static byte[] Encrypted(string userPassword, string ownerPassword)
    {
        var id = Convert.FromHexString("5A1B2C3D4E5F60718293A4B5C6D7E8F9");
        const int permissions = -4;

        // Algorithm 3: O = RC4(MD5(padded owner)[0..5], padded user).
        var ownerKey = Md5(Pad(ownerPassword))[..5];
        var o = Rc4(ownerKey, Pad(userPassword));

        // Algorithm 2: key = MD5(padded user ‖ O ‖ P as 4 bytes little-endian ‖ ID[0])[0..5]; algorithm 4: U = RC4(key, padding).
        var p = BitConverter.GetBytes(permissions);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(p);
        }

        var key = Md5([.. Pad(userPassword), .. o, .. p, .. id])[..5];
        var u = Rc4(key, Padding);

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /P {permissions.ToString(CultureInfo.InvariantCulture)} >>",
        ];
        var idHex = Convert.ToHexString(id);
        return Assemble(objects, $"/Root 1 0 R /Encrypt 4 0 R /ID [<{idHex}> <{idHex}>]");
    }

    /// <summary>A file that starts like a PDF and then is not one.</summary>
    public static byte[] Corrupt() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nthis is where the file was cut off ]]>> stream garbage\n");

    /// <summary>Objects numbered from 1, a cross-reference table with exact offsets, and a trailer.</summary>
    private static byte[] Assemble(string[] objects, string trailer)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    [SuppressMessage("Security", "CA5351", Justification = "MD5 and RC4 are what the PDF 40-bit security handler is made of; this writes a test fixture.")]
    private static byte[] Md5(byte[] data) => MD5.HashData(data);

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var result = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            result[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return result;
    }
}
