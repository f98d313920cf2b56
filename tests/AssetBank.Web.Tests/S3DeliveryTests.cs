using System.Net;
using System.Net.Http.Headers;
using AssetBank.Application.Assets;
using AssetBank.Core.Accounts;
using AssetBank.Core.Storage;
using AssetBank.Storage.Minio.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>
/// With the S3 store, media requests answer with a redirect to a presigned URL on the real S3 test server, and that URL
/// serves the object's bytes, ranges included. Fails, never skips, when the server is down (test.sh starts it).
/// </summary>
public sealed class S3DeliveryTests(S3BucketFixture bucket) : IClassFixture<S3BucketFixture>, IDisposable
{
    private readonly ApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Store:Provider"] = "Minio",
        ["Store:Minio:Endpoint"] = S3TestServer.Endpoint,
        ["Store:Minio:AccessKey"] = S3TestServer.AccessKey,
        ["Store:Minio:SecretKey"] = S3TestServer.SecretKey,
        ["Store:Minio:Bucket"] = bucket.Bucket,
        ["Store:Minio:RequestTimeout"] = "00:01:00",
    });

    [Fact]
    public async Task Content_thumbnail_and_keyframe_redirect_to_presigned_urls_that_serve_the_objects_bytes_and_ranges()
    {
        await _factory.Services.GetRequiredService<IObjectStore>().EnsureReadyAsync(CancellationToken.None);
        var video = Path.Combine(_factory.Folder, "clip.mp4");
        await WebUploads.MakeVideoAsync(video);
        var bytes = await File.ReadAllBytesAsync(video);
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer);
        var results = await WebUploads.UploadAsync(producer, "clip.mp4", null, bytes);
        Assert.Equal("Processed", results[0].GetProperty("status").GetString());
        var id = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/clip.mp4");

        using var direct = new HttpClient();
        var content = await PresignedAsync(producer, $"/api/assets/{id}/content");
        Assert.Equal(bytes, await direct.GetByteArrayAsync(content));

        var range = new HttpRequestMessage(HttpMethod.Get, content);
        range.Headers.Range = new RangeHeaderValue(100, 199);
        using var partial = await direct.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes.AsSpan(100, 100).ToArray(), await partial.Content.ReadAsByteArrayAsync());

        var media = _factory.Services.GetRequiredService<AssetMedia>();
        foreach (var (path, part, shot) in new[] { ($"/api/assets/{id}/thumbnail", MediaPart.Thumbnail, (int?)null), ($"/api/assets/{id}/shots/0/keyframe", MediaPart.Keyframe, 0) })
        {
            var file = await media.FindAsync(id, part, shot, CancellationToken.None);
            Assert.NotNull(file);
            await using var stored = await media.OpenAsync(file, CancellationToken.None);
            using var expected = new MemoryStream();
            await stored.CopyToAsync(expected);
            var fetched = await direct.GetByteArrayAsync(await PresignedAsync(producer, path));
            Assert.True(expected.Length > 0 && expected.ToArray().SequenceEqual(fetched), $"{path}: the presigned URL did not serve the stored {part} ({fetched.Length} bytes)");
        }
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Asks the app for the media and returns where it redirects: a signed URL on the S3 server itself.</summary>
    private static async Task<Uri> PresignedAsync(SignedInClient client, string path)
    {
        using var answer = await client.Client.GetAsync(path);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)answer.StatusCode}, expected a redirect");
        var location = answer.Headers.Location!;
        Assert.True(location.IsAbsoluteUri, $"{path}: {location}");
        Assert.Equal(S3TestServer.Endpoint, location.Authority);
        Assert.Contains("X-Amz-Signature=", location.Query, StringComparison.Ordinal);
        return location;
    }
}
