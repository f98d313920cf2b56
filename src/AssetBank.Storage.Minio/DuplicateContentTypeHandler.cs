namespace AssetBank.Storage.Minio;

/// <summary>Sends a Content-Type the SDK added twice with the same value once, as it was signed.</summary>
/// <remarks>
/// Minio SDK 7.0.0 copies the source's Content-Type into a CopyObject request next to its own, so a value with
/// parameters (<c>text/plain; charset=utf-8</c>) goes out as two identical header values while the signature covers
/// one; S3 answers SignatureDoesNotMatch. Different values are left alone: that would be a real conflict.
/// </remarks>
internal sealed class DuplicateContentTypeHandler : DelegatingHandler
{
    private const string ContentType = "Content-Type";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is { } content && content.Headers.TryGetValues(ContentType, out var values))
        {
            var distinct = values.Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 1 && values.Count() > 1)
            {
                content.Headers.Remove(ContentType);
                content.Headers.TryAddWithoutValidation(ContentType, distinct[0]);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
