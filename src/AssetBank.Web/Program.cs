using System.Text.Json.Serialization;
using AssetBank.Hosting;
using AssetBank.Web.Endpoints;
using AssetBank.Web.Errors;
using AssetBank.Web.Health;
using AssetBank.Web.Notifications;
using AssetBank.Web.Security;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // wwwroot (with the npm-bundled scripts) is copied into the build output; serve it from there wherever we run.
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
}).BindToLoopbackUnlessConfigured();
// The same configuration rules and data folder as the CLI: `--data DIR`, or the nearest ./data holding a bank.
var overrides = new Dictionary<string, string?> { ["Data:ProcessLabel"] = "assetbank-web" };
var dataIndex = Array.IndexOf(args, "--data");
if (dataIndex >= 0 && dataIndex + 1 < args.Length)
{
    overrides[AssetBankConfiguration.DataRootKey] = Path.GetFullPath(args[dataIndex + 1]);
}

// Lowest priority: the host's own sources (appsettings.json, environment, command line, tests) still win.
((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, new ChainedConfigurationSource
{
    Configuration = AssetBankConfiguration.Build(builder.Configuration["config"], overrides),
    ShouldDisposeConfiguration = true,
});
try
{
    builder.Services.AddAssetBank(builder.Configuration);
}
catch (InvalidOperationException e)
{
    await Console.Error.WriteLineAsync($"AssetBank web app cannot start: {e.Message}");
    return 1;
}

builder.Services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.SectionName));
builder.Services.AddSingleton<NotifiedKeyInbox>();
builder.Services.AddHostedService<NotifiedKeyIngestionWorker>();
builder.Services.AddHostedService<IndexCatchUpWorker>();
builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
builder.Services.AddWebSecurity(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<AssetBankExceptionHandler>();
builder.Services.AddHealthChecks()
    .AddCheck<StoreAndCatalogHealthCheck>("store-and-catalog", tags: ["ready"])
    .AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();
// Chinese text is written as itself, not as &#x…; escapes (still HTML-encoded where it matters: <, >, &, quotes).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AllowAnonymousToPage("/Login");
    o.Conventions.AllowAnonymousToPage("/Denied");
    o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    o.Conventions.AuthorizePage("/Upload", Policies.Upload);
    o.Conventions.AuthorizeFolder("/Kickoff", Policies.ReadProjects);
    o.Conventions.AuthorizePage("/Dashboard", Policies.Reports);
    o.Conventions.AuthorizePage("/Alarms", Policies.Decide);
    o.Conventions.AuthorizeFolder("/Collections", Policies.SignedIn);
    o.Conventions.AuthorizePage("/Searches", Policies.SignedIn);
});

var app = builder.Build();
if (app.RefusesToStart())
{
    return 2;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.Use(async (context, next) =>
{
    var headers = context.Response.Headers;
    headers.XContentTypeOptions = "nosniff";
    headers.XFrameOptions = "DENY";
    headers["Referrer-Policy"] = "same-origin";
    // Everything the pages need is served by the app itself: no CDN, no inline script.
    headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
        ? "frame-ancestors 'none'"
        : "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
    await next(context);
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<ApiAntiforgery>();
app.UseMiddleware<AuditTrailRecorder>();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
app.MapScalarApiReference("/scalar", o => o.WithTitle("AssetBank API")).RequireAuthorization(Policies.SignedIn);
app.MapNotificationsApi();
app.MapSearchEndpoints();
app.MapAssetsEndpoints();
app.MapUploadsEndpoints();
app.MapTagsEndpoints();
app.MapTaxonomyEndpoints();
app.MapProjectsEndpoints();
app.MapReuseEndpoints();
app.MapReportsEndpoints();
app.MapUsersEndpoints();
app.MapAlarmsEndpoints();
app.MapRightsEndpoints();
app.MapCollectionsEndpoints();
app.MapSavedSearchesEndpoints();
app.MapQueueEndpoints();
app.MapRazorPages();
try
{
    await app.RunAsync();
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"AssetBank web app cannot start: {string.Join("; ", e.Failures)}");
    return 1;
}

return 0;

/// <summary>The web host; public for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
