using System.Text;
using AssetBank.Application.Collections;
using AssetBank.Core.Collections;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary>
/// <c>/api/collections</c>: the signed-in person's collections (素材篮) and those shared with them; create, rename, add
/// and remove items, CSV export. Access (owner, edit, read) is the collection use cases' own.
/// </summary>
public static class CollectionsEndpoints
{
    public static IEndpointRouteBuilder MapCollectionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/collections").WithTags("collections").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapGet("/{name}", ShowAsync);
        group.MapPost("/{name}/rename", RenameAsync);
        group.MapPost("/{name}/items", AddAsync);
        group.MapDelete("/{name}/items/{item:long}", RemoveAsync);
        group.MapGet("/{name}/export.csv", ExportCsvAsync);
        group.MapGet("/{name}/export.zip", ExportZipAsync);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<CollectionSummary>>> ListAsync(CollectionQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(http.User.Who(), cancellationToken));

    internal static async Task<Created<CollectionState>> CreateAsync(CollectionBody body, EditCollections edit, HttpContext http, CancellationToken cancellationToken)
    {
        var created = await edit.CreateAsync(body.Name, http.User.Who(), null, cancellationToken);
        return TypedResults.Created($"/api/collections/{Uri.EscapeDataString(created.Name)}", created);
    }

    internal static async Task<Ok<CollectionState>> ShowAsync(string name, CollectionQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ShowAsync(RouteNames.Decode(name), http.User.Who(), cancellationToken));

    internal static async Task<NoContent> RenameAsync(string name, CollectionRenameBody body, EditCollections edit, HttpContext http, CancellationToken cancellationToken)
    {
        await edit.RenameAsync(RouteNames.Decode(name), body.NewName, http.User.Who(), null, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<CollectionItem>> AddAsync(string name, CollectionItemBody body, EditCollections edit, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AddItemAsync(edit, RouteNames.Decode(name), http.User.Who(), body, cancellationToken));

    internal static async Task<NoContent> RemoveAsync(string name, long item, EditCollections edit, HttpContext http, CancellationToken cancellationToken)
    {
        await edit.RemoveAsync(RouteNames.Decode(name), http.User.Who(), item, null, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The item rows as CSV (UTF-8 with BOM), as <c>collections export --csv</c> writes them.</summary>
    internal static async Task<FileContentHttpResult> ExportCsvAsync(string name, ExportCollections export, HttpContext http, CancellationToken cancellationToken)
    {
        await using var text = new StringWriter();
        await export.CsvAsync(RouteNames.Decode(name), http.User.Who(), text, cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", RouteNames.Decode(name) + ".csv");
    }

    /// <summary>
    /// The archive <c>collections export --zip</c> writes (shots cut from their videos, keyframes, whole assets,
    /// collection.md, items.csv), built in a temporary folder that is removed once the answer is sent.
    /// </summary>
    internal static async Task<FileStreamHttpResult> ExportZipAsync(string name, ExportCollections export, HttpContext http, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("assetbank-web-export-");
        http.Response.RegisterForDispose(new TemporaryFolder(folder));
        var path = Path.Combine(folder.FullName, "collection.zip");
        await export.ZipAsync(RouteNames.Decode(name), http.User.Who(), path, null, cancellationToken);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        http.Response.RegisterForDisposeAsync(stream);
        return TypedResults.File(stream, "application/zip", RouteNames.Decode(name) + ".zip");
    }

    /// <summary>An asset (or one of its shots) when a key is given, a text otherwise; shared by the API and the pages.</summary>
    internal static Task<CollectionItem> AddItemAsync(EditCollections edit, string name, string who, CollectionItemBody body, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(body.Key)
            ? edit.AddTextAsync(name, who, body.Text ?? string.Empty, body.Note, null, cancellationToken)
            : edit.AddAssetAsync(name, who, body.Key, body.Shot, body.Note, null, cancellationToken);
}
