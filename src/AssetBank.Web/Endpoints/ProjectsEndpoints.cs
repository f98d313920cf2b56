using AssetBank.Application.Reuse;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AssetBank.Web.Endpoints;

/// <summary><c>/api/projects</c>: register a brief (kickoff), list projects, one project's reuse report, and the gate override.</summary>
public static class ProjectsEndpoints
{
    public static IEndpointRouteBuilder MapProjectsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects").WithTags("projects");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadProjects);
        group.MapGet("/{code}", GetAsync).RequireAuthorization(Policies.ReadProjects);
        group.MapPost("/", KickoffAsync).RequireAuthorization(Policies.Kickoff);
        group.MapPost("/{code}/override", OverrideAsync).RequireAuthorization(Policies.Decide);
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<ProjectSummary>>> ListAsync(ProjectQueries projects, CancellationToken cancellationToken) =>
        TypedResults.Ok(await projects.ListAsync(cancellationToken));

    internal static async Task<Ok<KickoffReport>> GetAsync(string code, KickoffProject kickoff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await kickoff.ShowAsync(code, cancellationToken));

    internal static async Task<Ok<KickoffReport>> KickoffAsync(BriefBody body, KickoffProject kickoff, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await kickoff.RunTextAsync(body.Format is "json" ? "brief.json" : "brief.yaml", body.Text, http.User.Who(), null, cancellationToken));

    internal static async Task<Ok<ReuseChange>> OverrideAsync(string code, OverrideBody body, OverrideGate gate, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await gate.OverrideAsync(code, http.User.Who(), body.Reason, null, cancellationToken));
}
