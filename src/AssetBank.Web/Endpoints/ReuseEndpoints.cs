using AssetBank.Application.Reuse;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/reuse</c>: a strategist confirms that bank material covers a deliverable line, or withdraws it.</summary>
public static class ReuseEndpoints
{
    public static IEndpointRouteBuilder MapReuseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reuse").WithTags("reuse").RequireAuthorization(Policies.Kickoff);
        group.MapPost("/confirmations", ConfirmAsync);
        group.MapPost("/withdrawals", WithdrawAsync);
        return app;
    }

    internal static async Task<Ok<ReuseChange>> ConfirmAsync(ConfirmBody body, ConfirmReuse confirm, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await confirm.ConfirmAsync(
            new ConfirmReuseRequest(body.Project, body.Line, body.Key, body.Shot, body.Start, body.End, body.Share, http.User.Who()), null, cancellationToken));

    internal static async Task<Ok<ReuseChange>> WithdrawAsync(WithdrawBody body, WithdrawReuse withdraw, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await withdraw.WithdrawAsync(body.Project, body.Confirmation, http.User.Who(), body.Reason, null, cancellationToken));
}
