using AssetBank.Application.Assets;
using AssetBank.Application.Rights;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/rights</c>: an asset's usage terms with their history, and recording new terms (leadership, administrators).</summary>
public static class RightsEndpoints
{
    public static IEndpointRouteBuilder MapRightsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rights").WithTags("rights");
        group.MapGet("/{id:long}", ShowAsync).RequireAuthorization(Policies.SignedIn);
        group.MapPut("/{id:long}", SetAsync).RequireAuthorization(Policies.EditRights);
        return app;
    }

    internal static async Task<Results<Ok<RightsView>, NotFound>> ShowAsync(long id, AssetQueries assets, RightsQueries rights, CancellationToken cancellationToken)
    {
        var asset = await assets.FindByIdAsync(id, cancellationToken);
        return asset is null ? TypedResults.NotFound() : TypedResults.Ok(await rights.ShowAsync(asset.Key, cancellationToken));
    }

    /// <summary>Replaces the asset's (or with <c>shot</c>, that shot's) terms, or adds beside them with <c>add</c>.</summary>
    internal static async Task<Results<Ok<RightsChange>, NotFound>> SetAsync(long id, RightsBody body, AssetQueries assets, SetRights set, HttpContext http, CancellationToken cancellationToken)
    {
        var asset = await assets.FindByIdAsync(id, cancellationToken);
        if (asset is null)
        {
            return TypedResults.NotFound();
        }

        var change = await set.SetAsync(new SetRightsRequest(asset.Key, body.ToText(), body.Add, http.User.Who()), RightsBody.FieldLabel, null, cancellationToken);
        return TypedResults.Ok(change);
    }
}
