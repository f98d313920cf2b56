using System.Security.Claims;
using System.Text.Encodings.Web;
using AssetBank.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AssetBank.Web.Security;

/// <summary>Authenticates a request by its API key; a missing or wrong key is answered 401 with problem details.</summary>
public sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "ApiKey";

    public const string ApiKeyUser = "api-key";

    private readonly IOptionsMonitor<ApiSecurityOptions> _api;
    private readonly IProblemDetailsService _problems;

    public ApiKeyAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        IOptionsMonitor<ApiSecurityOptions> api,
        IProblemDetailsService problems)
        : base(options, logger, encoder)
    {
        _api = api;
        _problems = problems;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Secrets.Presented(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!Secrets.Matches(presented, _api.CurrentValue.AllKeys()))
        {
            return Task.FromResult(AuthenticateResult.Fail("the API key is not valid"));
        }

        // Automation acts in every role; what it did is audited as "api-key".
        var claims = new List<Claim> { new(ClaimTypes.Name, ApiKeyUser) };
        claims.AddRange(Enum.GetValues<UserRole>().Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await _problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "需要 API 密钥 (an API key is required)",
                Detail = "send a key configured in Api:Keys or Api:Key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'",
            },
        });
    }
}
