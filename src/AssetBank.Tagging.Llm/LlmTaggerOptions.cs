using System.ComponentModel.DataAnnotations;

namespace AssetBank.Tagging.Llm;

/// <summary>Configuration section <c>Tagging:Llm</c>: any OpenAI-compatible chat-completions endpoint.</summary>
public sealed class LlmTaggerOptions
{
    public const string SectionName = "Tagging:Llm";

    public const string DefaultApiKeyVariable = "ASSETBANK_LLM_API_KEY";

    /// <summary>Base URL; requests go to <c>{Endpoint}/chat/completions</c> (e.g. <c>http://localhost:11434/v1</c>).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model id, e.g. <c>qwen2.5:14b</c>, <c>deepseek-chat</c>, <c>gpt-4o-mini</c>.</summary>
    public string? Model { get; set; }

    /// <summary>The environment variable holding the API key (never the key itself in configuration).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiKeyVariable { get; set; } = DefaultApiKeyVariable;

    public StructuredOutputMode StructuredOutput { get; set; } = StructuredOutputMode.JsonSchema;

    /// <summary>
    /// Extra top-level fields for the request body, e.g. <c>max_tokens = 2048</c> for Ollama or <c>enable_thinking = false</c>
    /// for Qwen3. Values that read as JSON numbers, booleans, objects or arrays are sent as such; others as strings.
    /// </summary>
    public Dictionary<string, string> ExtraBody { get; set; } = [];

    /// <summary>Send images and keyframes (base64 data URIs) to a vision model.</summary>
    public bool Vision { get; set; }

    /// <summary>Time allowed for one attempt of one request.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a 429, a 5xx, a network error or a timeout; 0 turns retrying off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay when the server gives no Retry-After; grows exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, a server's Retry-After included (longer ones are cut to this).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Shots per request when tagging a video's shots.</summary>
    [Range(1, 100)]
    public int ShotBatchSize { get; set; } = 8;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    /// <summary>Model tags below this confidence are dropped.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.2;

    [Range(1, 50)]
    public int MaxTagsPerDimension { get; set; } = 3;

    /// <summary>Text sent per item or shot, in characters; the rest is cut.</summary>
    [Range(100, 200_000)]
    public int MaxTextChars { get; set; } = 6000;

    /// <summary>Images larger than this are not sent.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxImageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Images sent per request at most (an item's own images first, then keyframes).</summary>
    [Range(0, 100)]
    public int MaxImagesPerRequest { get; set; } = 16;

    /// <summary>True when an endpoint and a model are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>The key from <see cref="ApiKeyVariable"/>, or null when unset (local servers such as Ollama need none).</summary>
    public string? ResolveApiKey()
    {
        var key = Environment.GetEnvironmentVariable(ApiKeyVariable);
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }
}
