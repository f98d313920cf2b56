using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AssetBank.HostileCorpus;

/// <summary>A one-page PDF written by hand, whose content stream is as large inflated as asked.</summary>
public static class PdfFiles
{
    /// <summary>Writes a PDF whose page content inflates to <paramref name="inflatedBytes"/> (spaces, then one line of text).</summary>
    public static void InflateBomb(string path, long inflatedBytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
            {
                zlib.Write(spaces, 0, (int)Math.Min(spaces.Length, inflatedBytes - written));
            }

            zlib.Write("BT /F1 12 Tf 72 720 Td (bomb) Tj ET"u8);
        }

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        var offsets = new List<long>();
        void Write(string text) => file.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(file.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n"));
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(file.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"));
        compressed.Position = 0;
        compressed.CopyTo(file);
        Write("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = file.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
    }
}
