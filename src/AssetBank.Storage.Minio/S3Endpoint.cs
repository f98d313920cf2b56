using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AssetBank.Storage.Minio;

/// <summary>A <c>host:port</c> endpoint; the SDK wants host and port apart and no scheme.</summary>
internal sealed record S3Endpoint(string Host, int Port)
{
    public static bool TryParse(string? value, [NotNullWhen(true)] out S3Endpoint? endpoint)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(value) || value.Contains("://", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            return false;
        }

        var host = value[..colon];
        if (!int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        if (Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            return false;
        }

        endpoint = new S3Endpoint(host, port);
        return true;
    }

    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
