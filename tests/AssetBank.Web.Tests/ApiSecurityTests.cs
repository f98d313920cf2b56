using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace AssetBank.Web.Tests;

public sealed class ApiSecurityTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Theory]
    [InlineData("/api/assets/summary")]
    [InlineData("/api/assets/by-key?key=a.txt")]
    public async Task Asset_endpoints_refuse_callers_without_a_key_with_problem_details(string url)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_key_is_refused()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key");

        var response = await client.GetAsync("/api/assets/summary");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_key_opens_the_api_as_a_bearer_token_or_an_x_api_key_header()
    {
        using var bearer = _factory.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.ApiKey);
        using var header = _factory.CreateClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", "an-old-key");

        var first = await bearer.GetAsync("/api/assets/summary");
        var second = await header.GetAsync("/api/assets/by-key?key=missing.txt");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task With_an_empty_webhook_token_every_webhook_call_is_refused()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Notifications:AuthToken"] = string.Empty });
        using var anonymous = factory.CreateClient();
        using var withEmptyBearer = factory.CreateClient();
        withEmptyBearer.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer ");
        var body = "{\"Records\": []}";

        var first = await anonymous.PostAsync("/api/notifications/minio", new StringContent(body, Encoding.UTF8, "application/json"));
        var second = await withEmptyBearer.PostAsync("/api/notifications/minio", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await first.Content.ReadFromJsonAsync<Dictionary<string, object>>();

        Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Contains("Notifications:AuthToken", problem!["detail"].ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
