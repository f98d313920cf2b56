using System.Text;
using AssetBank.Core.Errors;

namespace AssetBank.Core.Storage;

/// <summary>The one place where object keys are normalised and hostile keys refused.</summary>
public static class ObjectKeys
{
    /// <summary>S3's limit on key length, in UTF-8 bytes.</summary>
    public const int MaxKeyBytes = 1024;

    /// <summary>Normalises an object key: '\' becomes '/', repeated separators collapse, NFC form.</summary>
    /// <exception cref="InvalidObjectKeyException">The key is empty, absolute, climbs out of the root or holds control characters.</exception>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalized = NormalizeCore(key, allowEmpty: false);
        if (normalized.EndsWith('/'))
        {
            throw new InvalidObjectKeyException(key, "an object key cannot end with '/'");
        }

        return normalized;
    }

    /// <summary>Like <see cref="Normalize"/>, without throwing: false with the problem for a key that is refused.</summary>
    public static bool TryNormalize(string key, out string normalized, out string? problem)
    {
        try
        {
            normalized = Normalize(key);
            problem = null;
            return true;
        }
        catch (InvalidObjectKeyException e)
        {
            normalized = string.Empty;
            problem = e.Problem;
            return false;
        }
    }

    /// <summary>Normalises a listing prefix: like a key, but empty and a trailing '/' are allowed.</summary>
    public static string NormalizePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return string.Empty;
        }

        return NormalizeCore(prefix, allowEmpty: true);
    }

    /// <summary>True when <paramref name="key"/> lies under <paramref name="prefix"/> (plain string prefix, as S3 does).</summary>
    public static bool IsUnder(string key, string prefix) => key.StartsWith(prefix, StringComparison.Ordinal);

    private static string NormalizeCore(string raw, bool allowEmpty)
    {
        foreach (var c in raw)
        {
            if (char.IsControl(c))
            {
                throw new InvalidObjectKeyException(raw, c == '\0' ? "it contains a NUL character" : "it contains a control character");
            }
        }

        var text = raw.Normalize(NormalizationForm.FormC).Replace('\\', '/');
        if (text.StartsWith('/') || (text.Length >= 2 && text[1] == ':' && char.IsAsciiLetter(text[0])))
        {
            throw new InvalidObjectKeyException(raw, "absolute paths are not allowed; keys are relative to the store root");
        }

        var trailingSlash = text.EndsWith('/');
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or "..")
            {
                throw new InvalidObjectKeyException(raw, "'.' and '..' segments are not allowed");
            }

            if (segment.Trim().Length == 0)
            {
                throw new InvalidObjectKeyException(raw, "a path segment is only whitespace");
            }
        }

        if (segments.Length == 0)
        {
            if (allowEmpty)
            {
                return string.Empty;
            }

            throw new InvalidObjectKeyException(raw, "the key is empty");
        }

        var result = string.Join('/', segments) + (trailingSlash ? "/" : string.Empty);
        if (Encoding.UTF8.GetByteCount(result) > MaxKeyBytes)
        {
            throw new InvalidObjectKeyException(raw, $"the key is longer than {MaxKeyBytes} UTF-8 bytes");
        }

        return result;
    }
}
