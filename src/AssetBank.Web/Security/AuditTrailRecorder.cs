using AssetBank.Application.Accounts;

namespace AssetBank.Web.Security;

/// <summary>Every write request (API and pages) lands in the audit trail: who, when, what, to which thing, and the outcome.</summary>
public sealed class AuditTrailRecorder(RequestDelegate next)
{
    private static readonly string[] TargetKeys = ["code", "id", "name", "key", "project"];

    public async Task InvokeAsync(HttpContext context, AuditLog audit, ILogger<AuditTrailRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(audit);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || context.Request.Path.StartsWithSegments("/login"))
        {
            // Reads are not audited; sign-ins are audited by the sign-in use case itself (without the password).
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            var target = TargetKeys.Select(k => context.GetRouteValue(k)?.ToString() ?? context.Request.Query[k].FirstOrDefault())
                .FirstOrDefault(v => !string.IsNullOrEmpty(v));
            try
            {
                await audit.RecordAsync(context.User.Who(), $"{method} {context.Request.Path}", target, context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), null, CancellationToken.None);
            }
            catch (Exception e) when (e is Core.Errors.AssetBankException or IOException)
            {
                logger.LogError(e, "could not write the audit entry for {Method} {Path}", method, context.Request.Path);
            }
        }
    }
}
