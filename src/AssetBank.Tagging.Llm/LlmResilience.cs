using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace AssetBank.Tagging.Llm;

/// <summary>
/// The HTTP resilience Semantic Kernel does not do itself: retries on 429, 5xx, 408, network errors and attempt timeouts,
/// waiting what the server's Retry-After says (cut to <see cref="LlmTaggerOptions.MaxRetryDelay"/>) or an exponential
/// back-off, and a timeout per attempt.
/// </summary>
public static class LlmResilience
{
    /// <summary>The name of the HttpClient and of its resilience pipeline in DI.</summary>
    public const string HttpClientName = "AssetBank.Tagging.Llm";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmTaggerOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, options.MaxRetryDelay, TimeProvider.System)),
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name;
                    logger?.LogWarning("LLM request attempt {Attempt} failed ({Status}); retrying in {Delay}", args.AttemptNumber + 1, status, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.Timeout);
    }

    /// <summary>Builds an HttpClient with the pipeline, for use without DI; the caller disposes it.</summary>
    public static HttpClient CreateHttpClient(LlmTaggerOptions options, ILogger? logger = null, HttpMessageHandler? innerHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, options, logger);
        HttpMessageHandler? inner = null;
        ResilienceHandler? handler = null;
        try
        {
            inner = innerHandler ?? new SocketsHttpHandler();
            handler = new ResilienceHandler(builder.Build()) { InnerHandler = inner };
            inner = null;
            var client = new HttpClient(handler, disposeHandler: true) { Timeout = SafetyTimeout(options) };
            // From here the HttpClient owns the handler chain.
            handler = null;
            return client;
        }
        finally
        {
            handler?.Dispose();
            if (innerHandler is null)
            {
                inner?.Dispose();
            }
        }
    }

    /// <summary>A last-resort HttpClient timeout above anything the pipeline itself allows.</summary>
    public static TimeSpan SafetyTimeout(LlmTaggerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var attempts = options.MaxRetries + 1;
        return (options.Timeout * attempts) + (options.MaxRetryDelay * options.MaxRetries) + TimeSpan.FromSeconds(30);
    }

    /// <summary>The wait a 429/503 answer asks for (Retry-After as seconds or a date), cut to <paramref name="max"/>.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider time)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is null)
        {
            return null;
        }

        return wait.Value < TimeSpan.Zero ? TimeSpan.Zero : wait.Value > max ? max : wait.Value;
    }
}
