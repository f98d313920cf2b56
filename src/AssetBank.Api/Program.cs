using System.Text.Json.Serialization;
using AssetBank.Api.Assets;
using AssetBank.Api.Health;
using AssetBank.Api.Notifications;
using AssetBank.Api.Security;
using AssetBank.Hosting;

var builder = WebApplication.CreateBuilder(args).BindToLoopbackUnlessConfigured();
builder.Configuration.AddEnvironmentVariables(AssetBankConfiguration.EnvironmentPrefix);
builder.Services.AddAssetBank(builder.Configuration);
builder.Services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.SectionName));
builder.Services.AddSingleton<NotifiedKeyInbox>();
builder.Services.AddHostedService<NotifiedKeyIngestionWorker>();
builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
builder.Services.AddApiKeySecurity(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddCheck<StoreAndCatalogHealthCheck>("store-and-catalog", tags: ["ready"]);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();
if (app.RefusesToStart())
{
    return;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapNotificationsApi();
app.MapAssetsApi();
await app.RunAsync();

/// <summary>The API host; public for the functional tests' WebApplicationFactory.</summary>
public partial class Program;
