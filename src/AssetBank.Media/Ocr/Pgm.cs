using System.Globalization;
using System.Text;

namespace AssetBank.Media.Ocr;

/// <summary>Binary PGM (P5, 8-bit): the simplest picture format both ffmpeg and tesseract speak.</summary>
public static class Pgm
{
    /// <exception cref="FormatException">Not an 8-bit binary PGM.</exception>
    public static GrayImage Decode(ReadOnlySpan<byte> data)
    {
        var position = 0;
        if (NextToken(data, ref position) != "P5")
        {
            throw new FormatException("Not a binary PGM (P5) picture.");
        }

        var width = ParseNumber(NextToken(data, ref position), "width");
        var height = ParseNumber(NextToken(data, ref position), "height");
        var max = ParseNumber(NextToken(data, ref position), "maximum value");
        if (max is < 1 or > 255)
        {
            throw new FormatException($"Only 8-bit PGM is read; the maximum value is {max}.");
        }

        position++; // the single whitespace byte after the header
        var count = (long)width * height;
        if (width <= 0 || height <= 0 || count > int.MaxValue || data.Length - position < count)
        {
            throw new FormatException($"The PGM holds fewer pixels than its {width}×{height} header says.");
        }

        return new GrayImage(width, height, data.Slice(position, (int)count).ToArray());
    }

    public static byte[] Encode(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{image.Width} {image.Height}\n255\n"));
        var bytes = new byte[header.Length + image.Pixels.Length];
        header.CopyTo(bytes, 0);
        image.Pixels.CopyTo(bytes.AsSpan(header.Length));
        return bytes;
    }

    private static string NextToken(ReadOnlySpan<byte> data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == (byte)'#')
            {
                while (position < data.Length && data[position] != (byte)'\n')
                {
                    position++;
                }
            }
            else if (char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        var start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position]) && position - start < 16)
        {
            position++;
        }

        return Encoding.ASCII.GetString(data[start..position]);
    }

    private static int ParseNumber(string token, string what) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"The PGM {what} '{token}' is not a number.");
}
