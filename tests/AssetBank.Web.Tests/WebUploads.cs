using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AssetBank.Web.Tests;

/// <summary>Uploads through <c>POST /api/uploads</c> as a browser sends them, and finds assets by key.</summary>
internal static class WebUploads
{
    public static async Task<long> AssetIdAsync(SignedInClient client, string key)
    {
        var asset = await client.Client.GetFromJsonAsync<JsonElement>("/api/assets/by-key?key=" + Uri.EscapeDataString(key));
        return asset.GetProperty("id").GetInt64();
    }

    public static async Task<List<JsonElement>> UploadAsync(SignedInClient client, string name, string? path, byte[] bytes, string? title = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("安稚"), "client" },
            { new StringContent("夜醒季"), "project" },
        };
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        if (path is not null)
        {
            form.Add(new StringContent(path), "path");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // The name as a browser sends it (RFC 5987 for non-ASCII), control characters included.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = name };
        form.Add(file);
        var answer = await client.Client.SendAsync(client.Request(HttpMethod.Post, "/api/uploads", form));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{name}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    public static async Task MakeVideoAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg")
        {
            ArgumentList = { "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=2", "-pix_fmt", "yuv420p", path },
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A 640×360 test picture (PNG) made with ffmpeg's lavfi source.</summary>
    public static async Task MakePictureAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg")
        {
            ArgumentList = { "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-frames:v", "1", path },
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
