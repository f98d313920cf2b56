using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace AssetBank.Web.Security;

public static class ApiSecurityServiceCollectionExtensions
{
    /// <summary>
    /// API-key authentication as the fallback policy: every endpoint needs a key unless it says
    /// <c>AllowAnonymous</c> (health, and the webhook, which checks MinIO's own token).
    /// </summary>
    public static IServiceCollection AddApiKeySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiSecurityOptions>().Bind(configuration.GetSection(ApiSecurityOptions.SectionName));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        return services;
    }
}
