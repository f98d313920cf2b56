using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AssetBank.Core.Accounts;

namespace AssetBank.Web.Tests;

/// <summary>Sign-in, sessions, CSRF and role checks as a hostile tester would try them.</summary>
public sealed class WebSecurityTests : IDisposable
{
    private readonly ApiFactory _factory = new(new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerMinute"] = "1000" });

    [Fact]
    public async Task Pages_send_nobody_to_the_login_page_and_the_api_answers_401_problem_details()
    {
        using var client = SignedInClient.Anonymous(_factory);
        var page = await client.GetAsync("/upload");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var api = await client.GetAsync("/api/search?q=x");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Another_roles_page_typed_by_hand_is_refused()
    {
        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        foreach (var url in new[] { "/upload", "/dashboard", "/admin/users" })
        {
            var answer = await strategist.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.StartsWith("/denied", answer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await strategist.Client.GetAsync("/kickoff")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_write_without_the_antiforgery_token_is_refused_and_with_it_goes_through()
    {
        using var strategist = await SignedInClient.ForRoleAsync(_factory, UserRole.Strategist);
        var brief = JsonContent.Create(new { text = "code: CSRF-1\nclient: 安稚\nlines:\n  - { id: kv, kind: key-visual, quantity: 1 }\n" });
        var forged = await strategist.Client.SendAsync(strategist.Request(HttpMethod.Post, "/api/projects", brief, withCsrf: false));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var genuine = await strategist.Client.SendAsync(strategist.Request(HttpMethod.Post, "/api/projects",
            JsonContent.Create(new { text = "code: CSRF-1\nclient: 安稚\nlines:\n  - { id: kv, kind: key-visual, quantity: 1 }\n" })));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_answer_never_says_which_names_exist()
    {
        using var first = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "locked-out");
        using var client = SignedInClient.Anonymous(_factory);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await SignedInClient.SignInAsync(client, "locked-out", "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await SignedInClient.SignInAsync(client, "locked-out", "correct-horse-battery");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await SignedInClient.SignInAsync(client, "no-such-person", "whatever-password");
        Assert.Contains("用户名或密码错误", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_slowed_down_with_429()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerMinute"] = "3" });
        using var client = SignedInClient.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SignedInClient.SignInAsync(client, "someone", "bad-password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_users_and_sign_ins_are_audited()
    {
        using var admin = await SignedInClient.ForRoleAsync(_factory, UserRole.Admin);
        var created = await admin.Client.SendAsync(admin.Request(HttpMethod.Post, "/api/users", JsonContent.Create(new { name = "temp.worker", role = "制作" })));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var password = answer.GetProperty("generatedPassword").GetString()!;
        Assert.True(password.Length >= 10);
        Assert.DoesNotContain("hash", (await admin.Client.GetStringAsync("/api/users")).ToLowerInvariant(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.SendAsync(admin.Request(HttpMethod.Post, "/api/users/temp.worker/disable"))).StatusCode);
        using var client = SignedInClient.Anonymous(_factory);
        var refused = await SignedInClient.SignInAsync(client, "temp.worker", password);
        Assert.Contains("已停用", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await admin.Client.GetFromJsonAsync<JsonElement>("/api/audit?limit=100");
        var actions = audit.EnumerateArray().Select(e => $"{e.GetProperty("who").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("outcome").GetString()}").ToList();
        Assert.Contains("user-admin users.add ok", actions);
        Assert.Contains("user-admin POST /api/users/temp.worker/disable 200", actions);
        Assert.Contains("temp.worker sign-in refused", actions);
    }

    public void Dispose() => _factory.Dispose();
}
