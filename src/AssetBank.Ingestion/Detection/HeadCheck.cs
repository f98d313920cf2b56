using AssetBank.Core.Assets;

namespace AssetBank.Ingestion.Detection;

/// <summary>
/// Decides from the first bytes alone whether an object can possibly be content we handle, so a gigabyte of zeros or an
/// unknown binary is refused after one ranged read instead of a full copy. Lenient by design: anything that might be a
/// known format, a zip container or text passes, and the full detection decides later.
/// </summary>
internal static class HeadCheck
{
    public const int Length = 4096;

    public static string? Refuse(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0 || ContentSniffer.DetectBinary(head) != ContentFormat.Unknown || head.StartsWith("PK"u8))
        {
            return null;
        }

        int zeros = 0, evenZeros = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                zeros++;
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
            }
        }

        if (zeros == head.Length)
        {
            return $"the first {head.Length:N0} bytes are all zero: a blank or sparse file, not a video, image, audio, document, table or JSON file";
        }

        // Text has no NUL bytes; UTF-16 text has them on one side of every pair.
        var oddZeros = zeros - evenZeros;
        var utf16 = zeros >= head.Length / 4 && Math.Min(evenZeros, oddZeros) <= zeros / 20;
        if (zeros == 0 || utf16)
        {
            return null;
        }

        return zeros * 10 > head.Length
            ? $"unsupported content: binary data of no kind we recognise (first bytes {Convert.ToHexString(head[..Math.Min(8, head.Length)])})"
            : null;
    }
}
