using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AssetBank.Core.Accounts;
using AssetBank.Web.Security;

namespace AssetBank.Web.Tests;

/// <summary>
/// Walks every endpoint of the OpenAPI document as nobody, as an API key and as each role: a new endpoint that is not
/// in <see cref="Expected"/> fails the walk, so none can ship without a decided role.
/// </summary>
public sealed class RoleWalkTests : IDisposable
{
    /// <summary>Who may call each endpoint, written here independently of the app's own table.</summary>
    private static readonly Dictionary<string, UserRole[]> Expected = new()
    {
        ["GET /api/search"] = All,
        ["GET /api/assets/summary"] = All,
        ["GET /api/assets/by-key"] = All,
        ["GET /api/assets/{id}"] = All,
        ["GET /api/assets/{id}/content"] = All,
        ["GET /api/assets/{id}/thumbnail"] = All,
        ["GET /api/assets/{id}/shots/{shot}/keyframe"] = All,
        ["GET /api/assets/{id}/shots/{shot}/thumbnail"] = All,
        ["GET /api/taxonomy"] = All,
        ["POST /api/uploads"] = [UserRole.Producer],
        ["POST /api/tags"] = [UserRole.Strategist],
        ["GET /api/projects"] = [UserRole.Strategist, UserRole.Leadership],
        ["GET /api/projects/{code}"] = [UserRole.Strategist, UserRole.Leadership],
        ["POST /api/projects"] = [UserRole.Strategist],
        ["POST /api/projects/{code}/override"] = [UserRole.Leadership],
        ["POST /api/reuse/confirmations"] = [UserRole.Strategist],
        ["POST /api/reuse/withdrawals"] = [UserRole.Strategist],
        ["GET /api/reports/reuse"] = [UserRole.Leadership],
        ["GET /api/reports/reuse.csv"] = [UserRole.Leadership],
        ["GET /api/reports/reuse.xlsx"] = [UserRole.Leadership],
        ["GET /api/users"] = [UserRole.Admin],
        ["POST /api/users"] = [UserRole.Admin],
        ["POST /api/users/{name}/disable"] = [UserRole.Admin],
        ["POST /api/users/{name}/enable"] = [UserRole.Admin],
        ["GET /api/audit"] = [UserRole.Admin],
        ["GET /api/alarms"] = [UserRole.Leadership],
        ["GET /api/alarms/{id}"] = [UserRole.Leadership],
        ["GET /api/alarms/{id}/reference-preview"] = [UserRole.Leadership],
        ["POST /api/alarms/{id}/approve"] = [UserRole.Leadership],
        ["POST /api/alarms/{id}/reject"] = [UserRole.Leadership],
        ["GET /api/references"] = [UserRole.Admin],
        ["DELETE /api/references/{name}"] = [UserRole.Admin],
        ["GET /api/queue"] = [UserRole.Admin],
        ["PUT /api/assets/{id}/metadata"] = [UserRole.Producer, UserRole.Admin],
        ["GET /api/rights/{id}"] = All,
        ["PUT /api/rights/{id}"] = [UserRole.Leadership, UserRole.Admin],
        ["GET /api/collections"] = All,
        ["POST /api/collections"] = All,
        ["GET /api/collections/{name}"] = All,
        ["POST /api/collections/{name}/rename"] = All,
        ["POST /api/collections/{name}/items"] = All,
        ["DELETE /api/collections/{name}/items/{item}"] = All,
        ["GET /api/collections/{name}/export.csv"] = All,
        ["GET /api/collections/{name}/export.zip"] = All,
        ["GET /api/saved-searches"] = All,
        ["POST /api/saved-searches"] = All,
        ["GET /api/saved-searches/{name}/run"] = All,
        ["DELETE /api/saved-searches/{name}"] = All,
    };

    /// <summary>Endpoints that authenticate by their own token instead of a user (MinIO's webhook).</summary>
    private static readonly HashSet<string> OwnAuthentication = ["POST /api/notifications/minio"];

    private static UserRole[] All => Enum.GetValues<UserRole>();

    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task Every_endpoint_in_the_openapi_document_admits_exactly_its_roles()
    {
        var endpoints = await EndpointsAsync();
        Assert.True(endpoints.Count >= Expected.Count, "the OpenAPI document lists fewer endpoints than expected");
        var undecided = endpoints.Where(e => !Expected.ContainsKey(e) && !OwnAuthentication.Contains(e)).ToList();
        Assert.True(undecided.Count == 0, "endpoints without a decided role: " + string.Join(", ", undecided));
        Assert.Empty(Expected.Keys.Except(endpoints));

        var failures = new List<string>();
        using var anonymous = SignedInClient.Anonymous(_factory);
        foreach (var endpoint in Expected.Keys)
        {
            var status = (await anonymous.SendAsync(Build(endpoint, null))).StatusCode;
            if (status != HttpStatusCode.Unauthorized)
            {
                failures.Add($"nobody → {endpoint}: {(int)status}, expected 401");
            }
        }

        foreach (var role in All)
        {
            using var user = await SignedInClient.ForRoleAsync(_factory, role);
            foreach (var (endpoint, allowed) in Expected)
            {
                var status = (await user.Client.SendAsync(Build(endpoint, user))).StatusCode;
                var admitted = status is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden;
                if (admitted != allowed.Contains(role))
                {
                    failures.Add($"{role} → {endpoint}: {(int)status}, expected {(allowed.Contains(role) ? "admitted" : "403")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_test_table_and_the_apps_policies_agree_on_who_is_admitted_per_policy()
    {
        // Guards the walk itself: a policy that admits a role nobody expects shows up here with its name.
        Assert.Equal([UserRole.Strategist], Policies.Roles[Policies.EditTags]);
        Assert.Equal([UserRole.Producer], Policies.Roles[Policies.Upload]);
        Assert.Equal([UserRole.Leadership], Policies.Roles[Policies.Decide]);
        Assert.Equal([UserRole.Admin], Policies.Roles[Policies.Admin]);
        Assert.Equal([UserRole.Producer, UserRole.Admin], Policies.Roles[Policies.EditMetadata]);
        Assert.Equal([UserRole.Leadership, UserRole.Admin], Policies.Roles[Policies.EditRights]);
    }

    [Fact]
    public async Task An_api_key_is_admitted_everywhere_and_audited_as_automation()
    {
        using var client = SignedInClient.Anonymous(_factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", _factory.ApiKey);
        foreach (var endpoint in Expected.Keys)
        {
            var status = (await client.SendAsync(Build(endpoint, null))).StatusCode;
            Assert.False(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{endpoint}: {(int)status}");
        }

        var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit?limit=500");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("who").GetString() == "api-key" && e.GetProperty("action").GetString() == "POST /api/tags");
    }

    public void Dispose() => _factory.Dispose();

    private async Task<List<string>> EndpointsAsync()
    {
        using var client = SignedInClient.Anonymous(_factory);
        client.DefaultRequestHeaders.Add("X-Api-Key", _factory.ApiKey);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var endpoints = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            endpoints.AddRange(path.Value.EnumerateObject()
                .Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(m => $"{m.Name.ToUpperInvariant()} {path.Name}"));
        }

        return endpoints;
    }

    private static HttpRequestMessage Build(string endpoint, SignedInClient? user)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(endpoint[..space]);
        var url = endpoint[(space + 1)..]
            .Replace("{id}", "1", StringComparison.Ordinal)
            .Replace("{shot}", "0", StringComparison.Ordinal)
            .Replace("{code}", "NO-SUCH-PROJECT", StringComparison.Ordinal)
            .Replace("{name}", "nobody-here", StringComparison.Ordinal)
            .Replace("{item}", "1", StringComparison.Ordinal);
        HttpContent? content = method == HttpMethod.Post || method == HttpMethod.Put
            ? endpoint.EndsWith("/api/uploads", StringComparison.Ordinal) ? new MultipartFormDataContent() : JsonContent.Create(new { })
            : null;
        return user?.Request(method, url, content) ?? new HttpRequestMessage(method, url) { Content = content };
    }
}
