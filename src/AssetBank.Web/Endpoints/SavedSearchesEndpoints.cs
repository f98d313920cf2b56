using AssetBank.Application.SavedSearches;
using AssetBank.Core.Accounts;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Search;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/saved-searches</c>: save a query with its filters under a name, list, run (new hits marked), delete your own.</summary>
public static class SavedSearchesEndpoints
{
    public static IEndpointRouteBuilder MapSavedSearchesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/saved-searches").WithTags("saved-searches").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync);
        group.MapPost("/", SaveAsync);
        group.MapGet("/{name}/run", RunAsync);
        group.MapDelete("/{name}", DeleteAsync);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<SavedSearch>>> ListAsync(ManageSavedSearches searches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await searches.ListAsync(cancellationToken));

    internal static async Task<Results<Ok<SavedSearch>, ProblemHttpResult>> SaveAsync(SavedSearchBody body, ManageSavedSearches searches, HttpContext http, CancellationToken cancellationToken)
    {
        var dimensions = DimensionFilters.Parse(body.Dim, out var bad);
        if (bad is not null)
        {
            return TypedResults.Problem($"dim '{bad}' is not DIMENSION:TERM (行业:母婴)", statusCode: StatusCodes.Status400BadRequest);
        }

        var query = new SearchQuery { Text = body.Q, Kinds = body.Kind ?? [], Channels = body.Channel ?? [], Clients = body.Client ?? [], Dimensions = dimensions };
        return TypedResults.Ok(await searches.SaveAsync(body.Name, query, http.User.Who(), null, cancellationToken));
    }

    /// <summary>Runs it as <c>searches run</c> does: hits whose asset entered the bank since the last run are listed in <c>newHitIds</c>.</summary>
    internal static async Task<Ok<SavedSearchRun>> RunAsync(string name, ManageSavedSearches searches, CancellationToken cancellationToken) =>
        TypedResults.Ok(await searches.RunAsync(RouteNames.Decode(name), cancellationToken));

    internal static async Task<NoContent> DeleteAsync(string name, ManageSavedSearches searches, HttpContext http, CancellationToken cancellationToken)
    {
        await searches.DeleteAsync(RouteNames.Decode(name), http.User.Who(), http.User.IsInRole(nameof(UserRole.Admin)), null, cancellationToken);
        return TypedResults.NoContent();
    }
}
