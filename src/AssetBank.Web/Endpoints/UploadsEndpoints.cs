using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AssetBank.Web.Endpoints;

/// <summary>
/// <c>POST /api/uploads</c>: multipart form, metadata fields first, then one or more files (each with an optional
/// <c>path</c> field before it for folder uploads). Files are streamed section by section into the store, never
/// buffered whole; each is ingested and answered with its own outcome.
/// </summary>
public static class UploadsEndpoints
{
    private static readonly HashSet<string> MetadataFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "client", "project", "channel", "producer", "created", "licence", "aiGenerated", "title", "path",
    };

    public static IEndpointRouteBuilder MapUploadsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/uploads").WithTags("uploads").RequireAuthorization(Policies.Upload)
            .MapPost("/", UploadAsync)
            .Accepts<IFormFile>("multipart/form-data");
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReceivedFile>>, ProblemHttpResult>> UploadAsync(
        HttpContext http, ReceiveUpload receive, IOptions<IngestionOptions> options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return TypedResults.Problem("send multipart/form-data (metadata fields, then files)", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // The store's own object limit is the real one; the request may carry several files of that size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var results = new List<ReceivedFile>();
        var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (!disposition.IsFileDisposition())
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (MetadataFields.Contains(name))
                {
                    using var text = new StreamReader(section.Body);
                    var value = await ReadBoundedAsync(text, 4096, cancellationToken);
                    fields[name] = value.Trim();
                }

                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "upload";
            var metadata = Metadata(fields, http.User.Who(), out var problem);
            if (problem is not null)
            {
                return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            var path = fields.Remove("path", out var relative) && relative.Length > 0 ? relative : null;
            results.Add(await receive.ReceiveAsync(new IncomingFile(fileName, path, section.Body), metadata, http.User.Who(), null, cancellationToken));
            // Whatever of a refused file was not read is skipped by the reader before the next section.
        }

        if (results.Count == 0)
        {
            return TypedResults.Problem("no file in the form (field type=file)", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok<IReadOnlyList<ReceivedFile>>(results);
    }

    private static AssetMetadata Metadata(Dictionary<string, string> fields, string who, out string? problem)
    {
        problem = null;
        DateOnly? created = null;
        if (fields.TryGetValue("created", out var text) && text.Length > 0)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                problem = $"created '{text}' is not a yyyy-MM-dd date";
            }

            created = date;
        }

        string? Get(string name) => fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        return new AssetMetadata(
            Get("client"), Get("project"), Get("channel"), Get("producer") ?? who, created,
            Get("aiGenerated") is "true" or "on" or "1", Get("licence"), Title: Get("title"));
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader, int max, CancellationToken cancellationToken)
    {
        var buffer = new char[max + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, Math.Min(read, max));
    }
}
