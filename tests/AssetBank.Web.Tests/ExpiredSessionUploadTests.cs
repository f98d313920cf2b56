using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>
/// The session ends between loading 上传 and posting the files (the cookie expired and the browser dropped it, or it no
/// longer decrypts): the upload is refused with a 401 problem, nothing is stored, and the page's script tells the person
/// to sign in again. The cookies are handled by hand here, so the test can drop the session cookie as a browser does.
/// </summary>
public sealed partial class ExpiredSessionUploadTests : IDisposable
{
    private const string SessionCookie = "assetbank.session";

    private readonly ApiFactory _factory = new();
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("expired")]
    [InlineData("invalidated")]
    public async Task An_upload_posted_after_the_session_ended_is_refused_stores_nothing_and_the_page_says_to_sign_in_again(string how)
    {
        await _factory.Services.GetRequiredService<ManageUsers>().AddAsync(new NewUser("late-producer", UserRole.Producer, null, "correct-horse-battery"), "test", CancellationToken.None);
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/login"));
        var loginToken = FormToken().Match(await login.Content.ReadAsStringAsync()).Groups[1].Value;
        var signedIn = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "late-producer", ["password"] = "correct-horse-battery", ["__RequestVerificationToken"] = loginToken }),
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(_cookies.ContainsKey(SessionCookie), "no session cookie after signing in");

        var page = await (await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/upload"))).Content.ReadAsStringAsync();
        Assert.Contains("/js/upload.js", page, StringComparison.Ordinal);
        var csrf = WebUtility.HtmlDecode(MetaToken().Match(page).Groups[1].Value);

        if (how == "expired")
        {
            _cookies.Remove(SessionCookie);
        }
        else
        {
            _cookies[SessionCookie] = "CfDJ8-no-longer-valid";
        }

        using var form = new MultipartFormDataContent { { new StringContent("安稚"), "client" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("新手爸爸夜醒"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "late.txt");
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        upload.Headers.Add("X-CSRF-TOKEN", csrf);
        var answer = await SendAsync(client, upload);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Contains("需要登录", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(
            Directory.Exists(_factory.StoreRoot) && Directory.EnumerateFiles(_factory.StoreRoot, "*", SearchOption.AllDirectories).Any(f => f.EndsWith("late.txt", StringComparison.Ordinal)),
            "the refused upload reached the store");

        // What the page does with that answer: upload.js shows the sign-in-again message on a 401.
        var script = await (await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/js/upload.js"))).Content.ReadAsStringAsync();
        Assert.Matches(new Regex(@"status === 401\)\s*\{\s*text\([^;]*'登录已过期，请重新登录"), script);

        // The page itself, reloaded, sends the person to sign in.
        var reload = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/upload"));
        Assert.Equal(HttpStatusCode.Redirect, reload.StatusCode);
        Assert.Contains("/login", reload.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Sends with the cookies kept so far and keeps what the answer sets, as a browser would.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var answer = await client.SendAsync(request);
        foreach (var header in answer.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..equals], pair[(equals + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return answer;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}
