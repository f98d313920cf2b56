using AssetBank.Application.Assets;
using AssetBank.Core.Accounts;
using AssetBank.Core.Catalog;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/assets</c>: the catalog summary, one asset, and its media (original with range requests, keyframes, thumbnails).</summary>
public static class AssetsEndpoints
{
    public static IEndpointRouteBuilder MapAssetsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assets").WithTags("assets").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/summary", GetSummaryAsync);
        group.MapGet("/by-key", GetByKeyAsync);
        group.MapGet("/{id:long}", GetDetailAsync);
        group.MapGet("/{id:long}/content", (long id, AssetMedia media, HttpContext http, CancellationToken ct) => DeliverAsync(id, MediaPart.Original, null, media, http, ct));
        group.MapGet("/{id:long}/thumbnail", (long id, AssetMedia media, HttpContext http, CancellationToken ct) => DeliverAsync(id, MediaPart.Thumbnail, null, media, http, ct));
        group.MapGet("/{id:long}/shots/{shot:int}/keyframe", (long id, int shot, AssetMedia media, HttpContext http, CancellationToken ct) => DeliverAsync(id, MediaPart.Keyframe, shot, media, http, ct));
        group.MapGet("/{id:long}/shots/{shot:int}/thumbnail", (long id, int shot, AssetMedia media, HttpContext http, CancellationToken ct) => DeliverAsync(id, MediaPart.Thumbnail, shot, media, http, ct));
        group.MapPut("/{id:long}/metadata", EditMetadataAsync).RequireAuthorization(Policies.EditMetadata);
        return app;
    }

    /// <summary>A producer corrects the metadata of an asset they uploaded (403 for anyone else's); an administrator any asset's.</summary>
    internal static async Task<Results<Ok<AssetMetadataChange>, NotFound>> EditMetadataAsync(long id, MetadataBody body, AssetQueries assets, EditAssetMetadata edit, HttpContext http, CancellationToken cancellationToken)
    {
        if (await assets.FindByIdAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var change = await edit.EditAsync(id, body.ToMetadata(), http.User.Who(), http.User.IsInRole(nameof(UserRole.Admin)), null, cancellationToken);
        return TypedResults.Ok(change);
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

    internal static async Task<Results<Ok<AssetDetail>, NotFound>> GetDetailAsync(long id, AssetQueries assets, CancellationToken cancellationToken)
    {
        var detail = await assets.GetDetailAsync(id, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    /// <summary>
    /// Streams the file from the folder store with range support (a video starts at a shot's time without downloading
    /// what comes before); an S3 store answers with a short-lived presigned link instead.
    /// </summary>
    internal static async Task<IResult> DeliverAsync(long id, MediaPart part, int? shot, AssetMedia media, HttpContext http, CancellationToken cancellationToken)
    {
        var file = await media.FindAsync(id, part, shot, cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        if (media.StoreServesHttp)
        {
            return TypedResults.Redirect((await media.PresignAsync(file, TimeSpan.FromMinutes(15), cancellationToken)).ToString());
        }

        http.Response.Headers.CacheControl = "private, max-age=3600";
        var stream = await media.OpenAsync(file, cancellationToken);
        return TypedResults.Stream(
            stream,
            file.ContentType,
            lastModified: file.LastModified,
            entityTag: new EntityTagHeaderValue($"\"{file.ETag}\""),
            enableRangeProcessing: true);
    }
}
