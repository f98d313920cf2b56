using System.Text.Json.Serialization;
using AssetBank.Web.Assets;
using AssetBank.Web.Health;
using AssetBank.Web.Notifications;
using AssetBank.Web.Security;
using AssetBank.Hosting;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args).BindToLoopbackUnlessConfigured();
// The same configuration rules and data folder as the CLI: `--data DIR`, or the nearest ./data holding a bank.
var overrides = new Dictionary<string, string?> { ["Data:ProcessLabel"] = "assetbank-api" };
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
    await Console.Error.WriteLineAsync($"AssetBank API cannot start: {e.Message}");
    return 1;
}

builder.Services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.SectionName));
builder.Services.AddSingleton<NotifiedKeyInbox>();
builder.Services.AddHostedService<NotifiedKeyIngestionWorker>();
builder.Services.AddHostedService<IndexCatchUpWorker>();
builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
builder.Services.AddApiKeySecurity(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks()
    .AddCheck<StoreAndCatalogHealthCheck>("store-and-catalog", tags: ["ready"])
    .AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();
if (app.RefusesToStart())
{
    return 2;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapNotificationsApi();
app.MapAssetsApi();
try
{
    await app.RunAsync();
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"AssetBank API cannot start: {string.Join("; ", e.Failures)}");
    return 1;
}

return 0;

/// <summary>The API host; public for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
