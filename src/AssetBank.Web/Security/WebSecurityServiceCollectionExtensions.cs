using System.Threading.RateLimiting;
using AssetBank.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace AssetBank.Web.Security;

public static class WebSecurityServiceCollectionExtensions
{
    /// <summary>The scheme that picks API key or cookie per request.</summary>
    public const string SmartScheme = "AssetBank";

    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// People sign in with a cookie session (pages and the pages' own API calls, with antiforgery); automation sends an
    /// API key. Every endpoint requires one of the two unless it says <c>AllowAnonymous</c>, and names its policy.
    /// </summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiSecurityOptions>().Bind(configuration.GetSection(ApiSecurityOptions.SectionName));
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "API key or cookie", o => o.ForwardDefaultSelector = context =>
                Secrets.Presented(context.Request) is not null ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "assetbank.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => ApiAnswersInsteadOfRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAnswersInsteadOfRedirect(context, StatusCodes.Status403Forbidden);
            });

        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(SmartScheme).RequireAuthenticatedUser().Build());
        foreach (var (name, roles) in Policies.Roles)
        {
            authorization.AddPolicy(name, p => p.AddAuthenticationSchemes(SmartScheme).RequireRole(roles.Select(r => r.ToString())));
        }

        services.AddAntiforgery(o =>
        {
            o.HeaderName = ApiAntiforgery.HeaderName;
            o.Cookie.Name = "assetbank.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: a burst of guesses is slowed down before the per-account lockout even counts.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddOptions<AccountOptions>();
        return services;
    }

    private static Task ApiAnswersInsteadOfRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails =
                {
                    Status = status,
                    Title = status == StatusCodes.Status401Unauthorized ? "需要登录 (sign in or send an API key)" : "无权访问 (your role may not do this)",
                },
            }).AsTask();
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
