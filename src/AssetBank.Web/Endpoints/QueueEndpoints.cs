using AssetBank.Application.Jobs;
using AssetBank.Core.Jobs;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/queue</c>: the ingestion job queue for whoever runs the workers (admin).</summary>
public static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/queue").WithTags("queue").RequireAuthorization(Policies.Admin);
        queue.MapGet("/", StatusAsync);
        return app;
    }

    /// <param name="status">The use case.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    internal static async Task<Ok<JobQueueStatus>> StatusAsync(ReadQueueStatus status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.ReadAsync(cancellationToken));
}
