using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/users</c> and <c>/api/audit</c>: administrators manage accounts and read the audit trail.</summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("users").RequireAuthorization(Policies.Admin);
        users.MapGet("/", ListAsync);
        users.MapPost("/", AddAsync);
        users.MapPost("/{name}/disable", (string name, ManageUsers manage, HttpContext http, CancellationToken ct) => SetDisabledAsync(name, true, manage, http, ct));
        users.MapPost("/{name}/enable", (string name, ManageUsers manage, HttpContext http, CancellationToken ct) => SetDisabledAsync(name, false, manage, http, ct));
        app.MapGroup("/api/audit").WithTags("users").RequireAuthorization(Policies.Admin).MapGet("/", AuditAsync);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<UserView>>> ListAsync(ManageUsers manage, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<UserView>>((await manage.ListAsync(cancellationToken)).Select(UserView.Of).ToList());

    internal static async Task<Results<Ok<NewUserAnswer>, ProblemHttpResult>> AddAsync(NewUserBody body, ManageUsers manage, HttpContext http, CancellationToken cancellationToken)
    {
        if (!UserRoleNames.TryParse(body.Role, out var role))
        {
            return TypedResults.Problem($"role '{body.Role}' must be strategist, producer, leadership or admin", statusCode: StatusCodes.Status400BadRequest);
        }

        var created = await manage.AddAsync(new NewUser(body.Name, role, body.DisplayName, body.Password), http.User.Who(), cancellationToken);
        return TypedResults.Ok(new NewUserAnswer(UserView.Of(created.Account), created.GeneratedPassword));
    }

    internal static async Task<Ok<UserView>> SetDisabledAsync(string name, bool disabled, ManageUsers manage, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserView.Of(await manage.SetDisabledAsync(name, disabled, http.User.Who(), cancellationToken)));

    internal static async Task<Ok<IReadOnlyList<AuditEntry>>> AuditAsync(int? limit, string? who, AuditLog audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.ListAsync(limit ?? 100, who, cancellationToken));
}
