using AssetBank.Application.Assets;
using AssetBank.Core.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Assets;

public static class AssetsApi
{
    public static IEndpointRouteBuilder MapAssetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assets");
        group.MapGet("/summary", GetSummaryAsync);
        group.MapGet("/by-key", GetByKeyAsync);
        return app;
    }

    internal static async Task<Ok<CatalogSummary>> GetSummaryAsync(AssetQueries assets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await assets.GetSummaryAsync(cancellationToken));

    internal static async Task<Results<Ok<Core.Assets.Asset>, NotFound, ProblemHttpResult>> GetByKeyAsync(string? key, AssetQueries assets, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return TypedResults.Problem("query parameter 'key' is required", statusCode: StatusCodes.Status400BadRequest);
        }

        var asset = await assets.FindByKeyAsync(key, cancellationToken);
        return asset is null ? TypedResults.NotFound() : TypedResults.Ok(asset);
    }
}
