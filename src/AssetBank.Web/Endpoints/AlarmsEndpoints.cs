using AssetBank.Application.Similarity;
using AssetBank.Core.Similarity;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/alarms</c> (leadership reviews copyright alarms) and <c>/api/references</c> (admin: the libraries).</summary>
public static class AlarmsEndpoints
{
    public static IEndpointRouteBuilder MapAlarmsEndpoints(this IEndpointRouteBuilder app)
    {
        var alarms = app.MapGroup("/api/alarms").WithTags("alarms").RequireAuthorization(Policies.Decide);
        alarms.MapGet("/", ListAsync);
        alarms.MapGet("/{id:long}", GetAsync);
        alarms.MapGet("/{id:long}/reference-preview", PreviewAsync);
        alarms.MapPost("/{id:long}/approve", (long id, DecisionBody body, ReviewAlarms review, HttpContext http, CancellationToken ct) => DecideAsync(id, AlarmStatus.Approved, body, review, http, ct));
        alarms.MapPost("/{id:long}/reject", (long id, DecisionBody body, ReviewAlarms review, HttpContext http, CancellationToken ct) => DecideAsync(id, AlarmStatus.Rejected, body, review, http, ct));
        var references = app.MapGroup("/api/references").WithTags("alarms").RequireAuthorization(Policies.Admin);
        references.MapGet("/", async (ImportReferences import, CancellationToken ct) => TypedResults.Ok(await import.ListAsync(ct)));
        references.MapDelete("/{name}", async (string name, ImportReferences import, CancellationToken ct) =>
        {
            await import.RemoveAsync(name, null, ct);
            return TypedResults.NoContent();
        });
        return app;
    }

    /// <param name="status">open (default), approved, rejected or all.</param>
    /// <param name="review">The use case.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    internal static async Task<Results<Ok<IReadOnlyList<CopyrightAlarm>>, ProblemHttpResult>> ListAsync(string? status, ReviewAlarms review, CancellationToken cancellationToken)
    {
        AlarmStatus? wanted = null;
        if (!string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (!Enum.TryParse<AlarmStatus>(status ?? "open", ignoreCase: true, out var parsed))
            {
                return TypedResults.Problem($"status '{status}' is not open, approved, rejected or all", statusCode: StatusCodes.Status400BadRequest);
            }

            wanted = parsed;
        }

        return TypedResults.Ok(await review.ListAsync(wanted, 500, cancellationToken));
    }

    internal static async Task<Results<Ok<CopyrightAlarm>, NotFound>> GetAsync(long id, ReviewAlarms review, CancellationToken cancellationToken) =>
        await review.GetAsync(id, cancellationToken) is { } alarm ? TypedResults.Ok(alarm) : TypedResults.NotFound();

    internal static async Task<Results<FileContentHttpResult, NotFound>> PreviewAsync(long id, ReviewAlarms review, CancellationToken cancellationToken)
    {
        var alarm = await review.GetAsync(id, cancellationToken);
        var preview = alarm is null ? null : await review.ReferencePreviewAsync(alarm, cancellationToken);
        return preview is null ? TypedResults.NotFound() : TypedResults.File(preview, "image/jpeg");
    }

    internal static async Task<Ok<CopyrightAlarm>> DecideAsync(long id, AlarmStatus decision, DecisionBody body, ReviewAlarms review, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.DecideAsync(id, decision, http.User.Who(), body.Reason, cancellationToken));
}
