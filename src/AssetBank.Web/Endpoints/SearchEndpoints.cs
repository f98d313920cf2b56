using AssetBank.Application.Searching;
using AssetBank.Core.Search;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/search</c>: the same search as the CLI and the search page.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("search").RequireAuthorization(Policies.SignedIn)
            .MapGet("/", SearchAsync);
        return app;
    }

    /// <param name="q">Query text, e.g. <c>母婴—夜醒—焦虑—新手爸爸</c>; quotes, +word and -word work as in the CLI.</param>
    /// <param name="kind">Kinds (video, image, copy, social, kol…), repeatable.</param>
    /// <param name="channel">Channels, repeatable.</param>
    /// <param name="client">Clients, repeatable.</param>
    /// <param name="dim">Dimension filters as <c>行业:母婴</c>, repeatable.</param>
    /// <param name="usableFor">Rights: only what may be used today in this medium (抖音, TV, 户外…).</param>
    /// <param name="usableIn">Rights: only what may be used today in this territory (中国大陆, 港澳台…).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Hits per page (1–100).</param>
    /// <param name="search">The use case.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    internal static async Task<Results<Ok<SearchOutcome>, ProblemHttpResult>> SearchAsync(
        string? q, string[]? kind, string[]? channel, string[]? client, string[]? dim, string? usableFor, string? usableIn, int? page, int? pageSize,
        SearchAssets search, CancellationToken cancellationToken)
    {
        var dimensions = DimensionFilters.Parse(dim, out var bad);
        if (bad is not null)
        {
            return TypedResults.Problem($"dim '{bad}' is not DIMENSION:TERM (行业:母婴, 场景:夜醒, 情绪:焦虑, 人物关系:新手爸爸)", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await search.SearchAsync(new SearchQuery
        {
            Text = q,
            Kinds = kind ?? [],
            Channels = channel ?? [],
            Clients = client ?? [],
            Dimensions = dimensions,
            UsableFor = usableFor,
            UsableIn = usableIn,
            Page = page ?? 1,
            PageSize = Math.Clamp(pageSize ?? 20, 1, 100),
            HitsPerGroup = 0,
        }, cancellationToken);
        return TypedResults.Ok(outcome);
    }
}
