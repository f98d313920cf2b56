namespace AssetBank.Core.Storage;

public static class ETags
{
    /// <summary>Strips quotes and weak markers: <c>W/"abc"</c> and <c>"abc"</c> both become <c>abc</c>.</summary>
    public static string Normalize(string? etag)
    {
        if (string.IsNullOrWhiteSpace(etag))
        {
            return string.Empty;
        }

        var value = etag.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"').ToLowerInvariant();
    }
}
