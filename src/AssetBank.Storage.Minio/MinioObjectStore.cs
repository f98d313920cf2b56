using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minio;
using Minio.DataModel;
using Minio.DataModel.Args;
using Minio.Exceptions;
using ObjectNotFoundException = AssetBank.Core.Errors.ObjectNotFoundException;
using SdkObjectNotFoundException = Minio.Exceptions.ObjectNotFoundException;

namespace AssetBank.Storage.Minio;

/// <summary>An S3 bucket (MinIO, Ceph RGW, AWS) through the Minio SDK.</summary>
/// <remarks>
/// Reads go through presigned GET URLs and a plain <see cref="HttpClient"/>: the SDK hands out object content only
/// inside a callback, and its ranged GetObject throws <see cref="PartialContentException"/> on the 206 answer (SDK bug
/// #1342), so a presigned URL is the one way to return a stream that is read as it arrives. Timestamps are whole
/// seconds (what HTTP's Last-Modified carries), so a listing and a stat of the same object agree.
/// </remarks>
public sealed class MinioObjectStore : IObjectStore, IDisposable
{
    /// <summary>The named <see cref="HttpClient"/> the store uses for the SDK and for presigned reads.</summary>
    public const string HttpClientName = "AssetBank.Storage.Minio";

    private static readonly TimeSpan ReadUrlLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxPresignedExpiry = TimeSpan.FromDays(7);

    private readonly IMinioClient _client;
    private readonly HttpClient _http;
    private readonly MinioStoreOptions _options;
    private readonly ILogger<MinioObjectStore> _logger;
    private readonly string _bucket;

    public MinioObjectStore(IOptions<MinioStoreOptions> options, IHttpClientFactory httpClientFactory, ILogger<MinioObjectStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _logger = logger;
        _bucket = _options.Bucket;
        if (!S3Endpoint.TryParse(_options.Endpoint, out var endpoint))
        {
            throw new ObjectStoreException($"s3 {_options.Endpoint}/{_bucket}", "the endpoint must be host:port without a scheme");
        }

        Name = $"s3 {(_options.UseSsl ? "https" : "http")}://{endpoint}/{_bucket}";
        _http = httpClientFactory.CreateClient(HttpClientName);
        var client = new MinioClient()
            .WithEndpoint(endpoint.Host, endpoint.Port)
            .WithCredentials(_options.AccessKey, _options.SecretKey)
            .WithSSL(_options.UseSsl)
            .WithHttpClient(_http);
        if (!string.IsNullOrWhiteSpace(_options.Region))
        {
            client = client.WithRegion(_options.Region);
        }

        _client = client.Build();

        // Build() sets the client's timeout to 30 minutes; ours bounds each request (one part, not a whole upload).
        _http.Timeout = _options.RequestTimeout;
    }

    public string Name { get; }

    public ObjectStoreCapabilities Capabilities { get; } = new(PresignedUrlsAreHttp: true, ServerSideCopy: true);

    private string Endpoint => $"{(_options.UseSsl ? "https" : "http")}://{_options.Endpoint}";

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        var exists = await CallAsync(
            "check the bucket",
            key: null,
            ct => _client.BucketExistsAsync(new BucketExistsArgs().WithBucket(_bucket), ct),
            cancellationToken);
        if (exists)
        {
            _logger.LogDebug("Object store {Store} is ready", Name);
            return;
        }

        if (!_options.CreateBucketIfMissing)
        {
            throw new ObjectStoreException(Name, $"the bucket '{_bucket}' does not exist and CreateBucketIfMissing is off");
        }

        await CallAsync("create the bucket", key: null, async ct =>
        {
            var args = new MakeBucketArgs().WithBucket(_bucket);
            if (!string.IsNullOrWhiteSpace(_options.Region))
            {
                args = args.WithLocation(_options.Region);
            }

            try
            {
                await _client.MakeBucketAsync(args, ct);
            }
            catch (MinioException ex) when (ex.Response?.Code == "BucketAlreadyOwnedByYou")
            {
                // Another instance created it a moment ago: that is what we wanted.
            }

            return true;
        }, cancellationToken);
        _logger.LogInformation("Created bucket {Bucket} on {Store}", _bucket, Name);
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var normalizedPrefix = ObjectKeys.NormalizePrefix(prefix);
        var args = new ListObjectsArgs().WithBucket(_bucket).WithPrefix(normalizedPrefix).WithRecursive(true);
        var items = _client.ListObjectsEnumAsync(args, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                // An iterator cannot yield inside a try with a catch, so only the step is guarded.
                var hasItem = await CallAsync("list objects", key: null, async _ => await items.MoveNextAsync(), cancellationToken);
                if (!hasItem)
                {
                    yield break;
                }

                if (ToListedObject(items.Current) is { } listed)
                {
                    yield return listed;
                }
            }
        }
        finally
        {
            await items.DisposeAsync();
        }
    }

    public async Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.Normalize(key);
        return await CallAsync<StoredObject?>("stat", normalized, async ct =>
        {
            try
            {
                var stat = await _client.StatObjectAsync(new StatObjectArgs().WithBucket(_bucket).WithObject(normalized), ct);
                return ToStoredObject(normalized, stat);
            }
            catch (SdkObjectNotFoundException)
            {
                return null;
            }
        }, cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.Normalize(key);
        var url = await PresignAsync(normalized, ReadUrlLifetime, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (range is not null)
        {
            request.Headers.Range = range.Length is { } length
                ? new RangeHeaderValue(range.Offset, range.Offset + length - 1)
                : new RangeHeaderValue(range.Offset, null);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            throw StoreFailure("read", ex);
        }

        var handedOver = false;
        try
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.PartialContent:
                case HttpStatusCode.OK when range is null || range is { Offset: 0, Length: null }:
                    var body = await HttpResponseStream.OpenAsync(response, cancellationToken);
                    handedOver = true;
                    return body;
                case HttpStatusCode.OK:
                    throw new ObjectStoreException(Name, $"the server ignored the Range header ({range?.ToHttpRange()}) reading '{normalized}'");
                case HttpStatusCode.RequestedRangeNotSatisfiable:
                    // The range starts at or past the end: like reading a file at its end, there is nothing to read.
                    return new MemoryStream([], writable: false);
                default:
                    throw await ReadFailureAsync(normalized, response, cancellationToken);
            }
        }
        finally
        {
            if (!handedOver)
            {
                response.Dispose();
            }
        }
    }

    public async Task<StoredObject> PutAsync(string key, Stream content, ObjectWriteOptions options, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.Normalize(key);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var headers = UserMetadata.ToHeaders(options.Metadata);
        await using (var body = await UploadBody.PrepareAsync(content, cancellationToken))
        {
            var args = new PutObjectArgs()
                .WithBucket(_bucket)
                .WithObject(normalized)
                .WithStreamData(body.Content)
                .WithObjectSize(body.Size)
                .WithContentType(string.IsNullOrWhiteSpace(options.ContentType) ? "application/octet-stream" : options.ContentType)
                .WithHeaders(headers);
            await CallAsync("put", key: null, async ct => await _client.PutObjectAsync(args, ct), cancellationToken);
        }

        // PutObject's ETag may be quoted, or empty after a multipart upload: describe the object as a stat does.
        return await StatAsync(normalized, cancellationToken)
            ?? throw new ObjectStoreException(Name, $"'{normalized}' was written but a stat right after does not find it");
    }

    public async Task<StoredObject> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken)
    {
        var source = ObjectKeys.Normalize(sourceKey);
        var destination = ObjectKeys.Normalize(destinationKey);
        if (!string.Equals(source, destination, StringComparison.Ordinal))
        {
            // S3 refuses to copy an object onto itself unchanged; that copy is a no-op anyway.
            var args = new CopyObjectArgs()
                .WithBucket(_bucket)
                .WithObject(destination)
                .WithCopyObjectSource(new CopySourceObjectArgs().WithBucket(_bucket).WithObject(source));
            await CallAsync("copy", source, async ct =>
            {
                await _client.CopyObjectAsync(args, ct);
                return true;
            }, cancellationToken);
        }

        return await StatAsync(destination, cancellationToken)
            ?? throw (string.Equals(source, destination, StringComparison.Ordinal)
                ? new ObjectNotFoundException(source)
                : new ObjectStoreException(Name, $"'{destination}' was copied but a stat right after does not find it"));
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.Normalize(key);
        await CallAsync("delete", key: null, async ct =>
        {
            await _client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(_bucket).WithObject(normalized), ct);
            return true;
        }, cancellationToken);
    }

    public async Task<Uri> GetPresignedReadUrlAsync(string key, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var normalized = ObjectKeys.Normalize(key);
        if (expiry < TimeSpan.FromSeconds(1) || expiry > MaxPresignedExpiry)
        {
            throw new ArgumentOutOfRangeException(nameof(expiry), expiry, "S3 presigned URLs last from 1 second to 7 days.");
        }

        return await PresignAsync(normalized, expiry, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    private async Task<Uri> PresignAsync(string normalizedKey, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var args = new PresignedGetObjectArgs()
            .WithBucket(_bucket)
            .WithObject(normalizedKey)
            .WithExpiry((int)Math.Ceiling(expiry.TotalSeconds));

        // Signing is local, but the SDK may ask the server for the bucket's region first.
        var url = await CallAsync("presign a URL", key: null, async _ => await _client.PresignedGetObjectAsync(args), cancellationToken);
        return new Uri(url, UriKind.Absolute);
    }

    private async Task<T> CallAsync<T>(string operation, string? key, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (SdkObjectNotFoundException ex) when (key is not null)
        {
            throw new ObjectNotFoundException(key, ex);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            throw StoreFailure(operation, ex);
        }
    }

    /// <summary>SDK and transport failures become <see cref="ObjectStoreException"/>; the caller's own cancellation stays as it is.</summary>
    private static bool IsStoreFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        MinioException or AuthorizationException or HttpRequestException => true,
        _ => false,
    };

    private ObjectStoreException StoreFailure(string operation, Exception exception)
    {
        var problem = exception switch
        {
            BucketNotFoundException =>
                $"the bucket '{_bucket}' does not exist (create it, or start with CreateBucketIfMissing on)",
            AccessDeniedException or AuthorizationException or ForbiddenException =>
                $"access denied to {operation}: the access key or secret key is wrong, or the key may not use bucket '{_bucket}'",
            MinioException { Response.Code: "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "AccessDenied" } m =>
                $"access denied to {operation} ({m.Response.Code}): check the access key and secret key",
            HttpRequestException http =>
                $"cannot reach {Endpoint} to {operation}: {Innermost(http).Message}",
            OperationCanceledException =>
                $"no answer from {Endpoint} within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s to {operation}",
            MinioException m when !string.IsNullOrEmpty(m.Response?.Code) =>
                $"{operation} failed: {m.Response.Code} {m.Response.Message}".TrimEnd(),
            _ => $"{operation} failed: {exception.Message}",
        };
        return new ObjectStoreException(Name, problem, exception);
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }

    private async Task<Exception> ReadFailureAsync(string key, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = await ReadErrorCodeAsync(response, cancellationToken);
        return (response.StatusCode, code) switch
        {
            (HttpStatusCode.NotFound, "NoSuchBucket") => new ObjectStoreException(Name, $"the bucket '{_bucket}' does not exist"),
            (HttpStatusCode.NotFound, _) => new ObjectNotFoundException(key),
            (HttpStatusCode.Forbidden, _) => new ObjectStoreException(Name, $"access denied reading '{key}' ({code ?? "403"})"),
            _ => new ObjectStoreException(Name, $"reading '{key}' failed: HTTP {(int)response.StatusCode} {code}".TrimEnd()),
        };
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? null : XDocument.Parse(text).Root?.Element("Code")?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private StoredObject? ToListedObject(Item item)
    {
        if (item.IsDir)
        {
            return null;
        }

        // Keys written by other tools may be hostile or not in normal form. They are listed as they are, so that
        // ingestion records each one as a failure naming the key, instead of silently never seeing it.
        var normalized = item.Key;
        if (!ObjectKeys.TryNormalize(item.Key, out var clean, out var problem) || !string.Equals(clean, item.Key, StringComparison.Ordinal))
        {
            _logger.LogWarning("Listing {Key} in {Store} as it is: {Problem}", item.Key, Name, problem ?? $"not in normal form ({clean})");
        }

        return new StoredObject(
            normalized,
            ETags.Normalize(item.ETag),
            checked((long)item.Size),
            ParseListTimestamp(item),
            string.IsNullOrWhiteSpace(item.ContentType) ? null : item.ContentType,
            StoredObject.NoMetadata);
    }

    private static StoredObject ToStoredObject(string key, ObjectStat stat) => new(
        key,
        ETags.Normalize(stat.ETag),
        stat.Size,
        WholeSeconds(stat.LastModified),
        string.IsNullOrWhiteSpace(stat.ContentType) ? null : stat.ContentType,
        UserMetadata.FromStat(stat.MetaData, stat.ExtraHeaders));

    private static DateTimeOffset ParseListTimestamp(Item item)
    {
        if (DateTimeOffset.TryParse(item.LastModified, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return Truncate(parsed);
        }

        return item.LastModifiedDateTime is { } dateTime ? WholeSeconds(dateTime) : DateTimeOffset.UnixEpoch;
    }

    private static DateTimeOffset WholeSeconds(DateTime value)
    {
        // The SDK parses Last-Modified into local time, or leaves the kind unspecified: both are UTC on the wire.
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return Truncate(new DateTimeOffset(utc));
    }

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
