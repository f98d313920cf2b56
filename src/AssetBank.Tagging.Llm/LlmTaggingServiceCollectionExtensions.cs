using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Tagging.Llm;

public static class LlmTaggingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LlmTagger"/> (falling back to the <see cref="LexiconTagger"/>), a named HttpClient with the
    /// <see cref="LlmResilience"/> pipeline, and <see cref="MemoryTagCache"/> as <see cref="ITagCache"/> unless one is registered.
    /// When <c>Tagging:Tagger</c> is <see cref="TaggerKind.Llm"/>, <see cref="ITagger"/> resolves to the LLM tagger, and
    /// start-up fails unless <c>Tagging:Llm:Endpoint</c> and <c>Model</c> are set. Call after <c>AddAssetBankTagging</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>Tagging:Llm</c> configuration section.</param>
    public static IServiceCollection AddAssetBankLlmTagging(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<LlmTaggerOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || IsHttpUrl(o.Endpoint), "Tagging:Llm:Endpoint must be an absolute http(s) URL.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || !string.IsNullOrWhiteSpace(o.Model), "Tagging:Llm:Model is required when an endpoint is set.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.RetryDelay >= TimeSpan.Zero && o.MaxRetryDelay >= TimeSpan.Zero, "Tagging:Llm timeouts and delays must be positive.")
            .ValidateOnStart();
        services.AddOptions<TaggingOptions>()
            .Validate<IOptions<LlmTaggerOptions>>(
                (tagging, llm) => tagging.Tagger != TaggerKind.Llm || llm.Value.IsConfigured,
                "Tagging:Tagger is Llm but Tagging:Llm:Endpoint and Tagging:Llm:Model are not set.");

        services.AddHttpClient(LlmResilience.HttpClientName, (sp, client) =>
                client.Timeout = LlmResilience.SafetyTimeout(sp.GetRequiredService<IOptions<LlmTaggerOptions>>().Value))
            .AddResilienceHandler("llm", (builder, context) =>
                LlmResilience.Configure(
                    builder,
                    context.ServiceProvider.GetRequiredService<IOptions<LlmTaggerOptions>>().Value,
                    context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(LlmResilience).FullName!)));

        services.TryAddSingleton<ITagCache, MemoryTagCache>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmTaggerOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(LlmResilience.HttpClientName);
            return new LlmTagger(
                sp.GetRequiredService<Taxonomy>(),
                sp.GetRequiredService<LexiconTagger>(),
                LlmTagger.CreateChatService(options, http, sp.GetService<ILoggerFactory>()),
                options,
                sp.GetService<ITagCache>(),
                sp.GetService<ILogger<LlmTagger>>());
        });
        services.Replace(ServiceDescriptor.Singleton<ITagger>(sp =>
            sp.GetRequiredService<IOptions<TaggingOptions>>().Value.Tagger == TaggerKind.Llm
                ? sp.GetRequiredService<LlmTagger>()
                : sp.GetRequiredService<LexiconTagger>()));
        return services;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
