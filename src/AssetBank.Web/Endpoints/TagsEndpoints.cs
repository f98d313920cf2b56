using AssetBank.Application.Tagging;
using AssetBank.Core.Tagging;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/tags</c>: a strategist adds or removes a term on an asset or one of its parts.</summary>
public static class TagsEndpoints
{
    public static IEndpointRouteBuilder MapTagsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/tags").WithTags("tags").RequireAuthorization(Policies.EditTags)
            .MapPost("/", EditAsync);
        return app;
    }

    internal static async Task<Results<Ok<HumanTagEdit>, ProblemHttpResult>> EditAsync(TagEditBody body, EditTags edit, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TagDimensions.TryParse(body.Dimension, out var dimension))
        {
            return TypedResults.Problem($"dimension '{body.Dimension}' is not one of 行业, 场景, 情绪, 人物关系", statusCode: StatusCodes.Status400BadRequest);
        }

        var action = body.Action?.Trim().ToLowerInvariant() switch
        {
            "add" or "添加" => HumanTagAction.Add,
            "remove" or "删除" => HumanTagAction.Remove,
            _ => (HumanTagAction?)null,
        };
        if (action is null)
        {
            return TypedResults.Problem($"action '{body.Action}' must be add or remove", statusCode: StatusCodes.Status400BadRequest);
        }

        var applied = await edit.ApplyAsync(
            new TagEditRequest(body.Key, action.Value, dimension, body.Term, body.ItemId, http.User.Who(), body.Note), null, cancellationToken);
        return TypedResults.Ok(applied);
    }
}
