using System.Net;
using System.Text.RegularExpressions;
using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>A browser-like client: its own cookie jar, signed in through the real login form, with the page's antiforgery token.</summary>
internal sealed partial class SignedInClient : IDisposable
{
    private SignedInClient(HttpClient client, string? csrf)
    {
        Client = client;
        Csrf = csrf;
    }

    public HttpClient Client { get; }

    /// <summary>The antiforgery token a page carries in its csrf-token meta tag.</summary>
    public string? Csrf { get; private set; }

    public static HttpClient Anonymous(ApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates the account (once) and signs in with it.</summary>
    public static async Task<SignedInClient> ForRoleAsync(ApiFactory factory, UserRole role, string? name = null)
    {
        name ??= "user-" + role.ToString().ToLowerInvariant();
        const string password = "correct-horse-battery";
        var manage = factory.Services.GetRequiredService<ManageUsers>();
        if (await manage.FindAsync(name, CancellationToken.None) is null)
        {
            await manage.AddAsync(new NewUser(name, role, null, password), "test", CancellationToken.None);
        }

        var client = Anonymous(factory);
        var answer = await SignInAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var signedIn = new SignedInClient(client, null);
        await signedIn.RefreshCsrfAsync();
        return signedIn;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var form = await client.GetStringAsync("/login");
        var token = LoginToken().Match(form).Groups[1].Value;
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public async Task RefreshCsrfAsync()
    {
        var page = await Client.GetStringAsync("/");
        Csrf = WebUtility.HtmlDecode(MetaToken().Match(page).Groups[1].Value);
    }

    public HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content = null, bool withCsrf = true)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (withCsrf && Csrf is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Csrf);
        }

        return request;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex LoginToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();
}
