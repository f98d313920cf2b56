using System.Net;

namespace AssetBank.Web.Security;

/// <summary>
/// Keeps an API with example secrets off the network: it binds to loopback unless told otherwise, and refuses to
/// start on any other address while a secret is empty or a value shipped in examples.
/// </summary>
public static class ExposureGuard
{
    public const string LoopbackDefaultUrl = "http://127.0.0.1:5000";

    private static readonly string[] MinioSecrets = ["Store:Minio:AccessKey", "Store:Minio:SecretKey"];

    /// <summary>Binds to <see cref="LoopbackDefaultUrl"/> when no URL, port or Kestrel endpoint is configured.</summary>
    public static WebApplicationBuilder BindToLoopbackUnlessConfigured(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (ConfiguredUrls(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(LoopbackDefaultUrl);
        }

        return builder;
    }

    /// <summary>Logs why and sets a failing exit code when the API must not start; the caller then returns.</summary>
    public static bool RefusesToStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var refusal = Refusal(app.Configuration);
        if (refusal is null)
        {
            return false;
        }

        app.Logger.LogCritical("{Refusal}", refusal);
        Environment.ExitCode = 2;
        return true;
    }

    /// <summary>Why the API must not start with this configuration, or null when it may.</summary>
    public static string? Refusal(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var exposed = ConfiguredUrls(configuration).Where(u => !IsLoopback(u)).ToList();
        if (exposed.Count == 0)
        {
            return null;
        }

        var weak = WeakSecrets(configuration);
        if (weak.Count == 0)
        {
            return null;
        }

        return $"拒绝启动 (refusing to start): the API listens on {string.Join(", ", exposed)}, which is not loopback, "
            + $"while {string.Join(", ", weak)} {(weak.Count == 1 ? "is" : "are")} empty or a known default value (change-me, minioadmin, …). "
            + "Set real secrets (docker compose reads them from .env; see .env.example), or listen on 127.0.0.1 only.";
    }

    /// <summary>The configuration keys whose secrets are empty or known defaults.</summary>
    public static IReadOnlyList<string> WeakSecrets(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var weak = new List<string>();
        if (Secrets.IsKnownDefault(configuration["Notifications:AuthToken"]))
        {
            weak.Add("Notifications:AuthToken");
        }

        var api = new ApiSecurityOptions();
        configuration.GetSection(ApiSecurityOptions.SectionName).Bind(api);
        if (api.AllKeys().Count == 0 || api.AllKeys().Any(Secrets.IsKnownDefault))
        {
            weak.Add("Api:Keys / Api:Key");
        }

        if (string.Equals(configuration["Store:Provider"], "Minio", StringComparison.OrdinalIgnoreCase))
        {
            weak.AddRange(MinioSecrets.Where(k => Secrets.IsKnownDefault(configuration[k])));
        }

        return weak;
    }

    /// <summary>Every address the server was told to listen on: <c>urls</c> (ASPNETCORE_URLS), ports, Kestrel endpoints.</summary>
    public static IReadOnlyList<string> ConfiguredUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));
        urls.AddRange(Split(configuration["http_ports"]).Select(p => $"http://*:{p}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(p => $"https://*:{p}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!));
        return urls;
    }

    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? string.Empty).Split(';', ',').Select(s => s.Trim()).Where(s => s.Length > 0);
}
