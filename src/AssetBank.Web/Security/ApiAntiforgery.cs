using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AssetBank.Web.Security;

/// <summary>
/// A write to <c>/api</c> made with the session cookie must carry the page's antiforgery token in a header, so another
/// site cannot make a signed-in browser write. Requests with an API key carry no ambient credential and skip this.
/// </summary>
public sealed class ApiAntiforgery(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var method = context.Request.Method;
        var writes = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var byCookie = context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme);
        if (writes && byCookie && context.Request.Path.StartsWithSegments("/api") && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "缺少或无效的防伪令牌 (missing or invalid antiforgery token)",
                    Detail = $"a write with the session cookie must send the page's token in the {HeaderName} header",
                },
            });
            return;
        }

        await next(context);
    }
}
