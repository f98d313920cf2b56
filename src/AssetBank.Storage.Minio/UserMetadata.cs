namespace AssetBank.Storage.Minio;

/// <summary>User metadata on the S3 wire: <c>x-amz-meta-*</c> headers whose values must be plain ASCII.</summary>
/// <remarks>
/// HTTP header values cannot carry Chinese client names, so a value that is not plain printable ASCII, holds a
/// '%', or has leading or trailing blanks (which HTTP trims) is percent-encoded as UTF-8 on the way in; every value is
/// percent-decoded on the way out. A plain ASCII value without '%' is sent as is and decodes to itself, so
/// decode(encode(v)) == v for every string. Names are case-insensitive on S3 and come back lower-case.
/// </remarks>
internal static class UserMetadata
{
    public const string HeaderPrefix = "x-amz-meta-";

    /// <summary>Standard headers the SDK reports among user metadata; these names cannot be user metadata.</summary>
    private static readonly HashSet<string> SdkMetadataHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "cache-control", "content-encoding", "content-type", "content-disposition", "x-amz-acl", "x-minio-extract",
    };

    private static readonly Dictionary<string, string> EmptyHeaders = [];

    public static Dictionary<string, string> ToHeaders(IReadOnlyDictionary<string, string>? metadata)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (metadata is null)
        {
            return headers;
        }

        foreach (var (name, value) in metadata)
        {
            ValidateName(name);
            headers[HeaderPrefix + name.ToLowerInvariant()] = Encode(value ?? string.Empty);
        }

        return headers;
    }

    /// <summary>The user metadata of an SDK stat, prefixes stripped and values decoded.</summary>
    /// <remarks>
    /// Minio SDK 7.0.0 puts <c>x-amz-meta-*</c> headers into <c>MetaData</c> without their prefix, next to a few
    /// standard headers it keeps there too (<see cref="SdkMetadataHeaders"/>); any other header lands in
    /// <c>ExtraHeaders</c>, where a still-prefixed entry is user metadata as well.
    /// </remarks>
    public static Dictionary<string, string> FromStat(
        IReadOnlyDictionary<string, string>? sdkMetadata,
        IReadOnlyDictionary<string, string>? extraHeaders)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in sdkMetadata ?? EmptyHeaders)
        {
            if (TryStripPrefix(name, out var stripped))
            {
                metadata[stripped] = Decode(value);
            }
            else if (!SdkMetadataHeaders.Contains(name))
            {
                metadata[name.ToLowerInvariant()] = Decode(value);
            }
        }

        foreach (var (name, value) in extraHeaders ?? EmptyHeaders)
        {
            if (TryStripPrefix(name, out var stripped))
            {
                metadata[stripped] = Decode(value);
            }
        }

        return metadata;
    }

    public static string Encode(string value) => NeedsEncoding(value) ? Uri.EscapeDataString(value) : value;

    public static string Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Contains('%', StringComparison.Ordinal))
        {
            return value ?? string.Empty;
        }

        return Uri.UnescapeDataString(value);
    }

    private static bool NeedsEncoding(string value)
    {
        if (value.Length > 0 && (IsBlank(value[0]) || IsBlank(value[^1])))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '%')
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryStripPrefix(string header, out string name)
    {
        if (header.Length > HeaderPrefix.Length && header.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase))
        {
            name = header[HeaderPrefix.Length..].ToLowerInvariant();
            return true;
        }

        name = string.Empty;
        return false;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static void ValidateName(string name)
    {
        // An HTTP header name is an RFC 9110 token; S3 adds nothing, but '_' is dropped by some proxies.
        var valid = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"Metadata name '{name}' cannot be sent to S3: use ASCII letters, digits, '-', '.' or '_'.", nameof(name));
        }

        if (SdkMetadataHeaders.Contains(name))
        {
            throw new ArgumentException($"Metadata name '{name}' is reserved: it is a standard HTTP header.", nameof(name));
        }
    }
}
