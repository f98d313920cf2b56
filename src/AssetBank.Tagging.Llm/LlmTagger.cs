using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatResponseFormat = OpenAI.Chat.ChatResponseFormat;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;
using Polly.Timeout;

namespace AssetBank.Tagging.Llm;

/// <summary>
/// Tags through any OpenAI-compatible chat-completions endpoint via Semantic Kernel's OpenAI connector. The answer is
/// constrained by a JSON schema built from the taxonomy (or by JSON mode, or by the prompt alone), then validated: labels
/// outside the taxonomy are dropped, synonyms mapped, confidences clamped. Whatever fails — HTTP errors after retries,
/// timeouts, non-JSON or blank answers, items left out — falls back to the fallback tagger's tags, marked with
/// <see cref="TagSet.FallbackReason"/>; an item is never lost and no tag is invented.
/// </summary>
/// <remarks>
/// A video's shots go in batches of <see cref="LlmTaggerOptions.ShotBatchSize"/> (its own text and images ride in the first
/// batch); the video's tags are then derived from its shots plus its own tags (<see cref="AssetBank.Tagging.ShotTagAggregator"/>).
/// Results without any fallback are cached by content hash + taxonomy version + model.
/// </remarks>
public sealed class LlmTagger : ITagger
{
    public const string TaggerName = "llm";

    private const string OwnKey = "item";

    private readonly Taxonomy _taxonomy;
    private readonly ITagger _fallback;
    private readonly IChatCompletionService _chat;
    private readonly LlmTaggerOptions _options;
    private readonly ITagCache? _cache;
    private readonly ILogger _logger;
    private readonly string _systemMessage;
    private readonly string _schema;

    public LlmTagger(
        Taxonomy taxonomy,
        ITagger fallback,
        IChatCompletionService chat,
        LlmTaggerOptions options,
        ITagCache? cache = null,
        ILogger<LlmTagger>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new ArgumentException("The LLM tagger needs Tagging:Llm:Endpoint and Tagging:Llm:Model.", nameof(options));
        }

        _taxonomy = taxonomy;
        _fallback = fallback;
        _chat = chat;
        _options = options;
        _cache = cache;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _systemMessage = LlmPrompt.SystemMessage(taxonomy, options.StructuredOutput);
        _schema = TagSchema.Build(taxonomy);
    }

    public string Name => TaggerName;

    /// <summary>The model id written to <see cref="TagSet.Model"/>.</summary>
    public string Model => _options.Model!;

    /// <summary>
    /// Semantic Kernel's OpenAI chat service for <paramref name="options"/>' endpoint and model, sending through
    /// <paramref name="httpClient"/> (give it one with <see cref="LlmResilience"/>: the connector does not retry).
    /// </summary>
    public static IChatCompletionService CreateChatService(LlmTaggerOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (!options.IsConfigured)
        {
            throw new ArgumentException("The LLM tagger needs Tagging:Llm:Endpoint and Tagging:Llm:Model.", nameof(options));
        }

        // SKEXP0010: the custom-endpoint constructor is marked experimental in SK 1.82; it is how any
        // OpenAI-compatible server (Ollama, vLLM, DashScope, DeepSeek) is reached.
#pragma warning disable SKEXP0010
        return new OpenAIChatCompletionService(
            options.Model!,
            new Uri(options.Endpoint!, UriKind.Absolute),
            options.ResolveApiKey(),
            organization: null,
            httpClient,
            loggerFactory);
#pragma warning restore SKEXP0010
    }

    public async Task<TagSet> TagAsync(TaggingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var images = await LoadImagesAsync(input, includeOwn: true, cancellationToken);
        var key = CacheKey(input, includeOwn: true, images);
        if (await FromCacheAsync(key, cancellationToken) is { } cached)
        {
            return cached;
        }

        var units = Units(input, includeOwn: true);
        if (units.All(u => u.Texts.Count == 0 && !u.Images.Any(images.ContainsKey)))
        {
            // Nothing to show the model (no text; no images, or vision off): no request, no tags, no fallback needed.
            return Empty(input.ItemId) with { Shots = input.Shots.Select(s => Empty(s.ShotId)).ToList() };
        }

        var outcomes = await RunAsync(input, units, images, cancellationToken);
        var usage = outcomes.Values.Select(o => o.Usage).Aggregate(TokenUsage.None, (a, b) => a + b);

        TagSet result;
        if (outcomes.Values.All(o => o.Problem is not null))
        {
            var reason = outcomes[OwnKey].Problem!;
            _logger.LogWarning("LLM tagging of {ItemId} failed, using the {Fallback} tags: {Reason}", input.ItemId, _fallback.Name, reason);
            var fallback = await _fallback.TagAsync(input, cancellationToken);
            result = fallback with
            {
                FallbackReason = reason,
                Usage = usage,
                Shots = fallback.Shots.Select(s => s with { FallbackReason = reason, Usage = ShotKey(s.ItemId, units) is { } shotKey ? outcomes[shotKey].Usage : TokenUsage.None }).ToList(),
            };
        }
        else
        {
            var shots = await ShotSetsAsync(input, units, outcomes, cancellationToken);
            var own = outcomes[OwnKey];
            IReadOnlyList<TagAssignment> ownTags = own.Problem is null
                ? own.Tags
                : (await _fallback.TagAsync(input with { Shots = [] }, cancellationToken)).Tags;
            if (own.Problem is not null)
            {
                _logger.LogWarning("LLM tagging of {ItemId} (own text) failed, using the {Fallback} tags: {Reason}", input.ItemId, _fallback.Name, own.Problem);
            }

            result = new TagSet
            {
                ItemId = input.ItemId,
                Tagger = TaggerName,
                Model = Model,
                TaxonomyVersion = _taxonomy.Version,
                Tags = shots.Count == 0
                    ? ownTags
                    : ShotTagAggregator.Derive(ownTags, shots, _options.MaxTagsPerDimension, _options.MinConfidence),
                Usage = usage,
                FallbackReason = own.Problem,
                Shots = shots,
            };
        }

        if (outcomes.Values.All(o => o.Problem is null))
        {
            await StoreAsync(key, result, cancellationToken);
        }

        return result;
    }

    public async Task<IReadOnlyList<TagSet>> TagShotsAsync(TaggingInput video, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        if (video.Shots.Count == 0)
        {
            return [];
        }

        var images = await LoadImagesAsync(video, includeOwn: false, cancellationToken);
        var key = CacheKey(video, includeOwn: false, images);
        if (await FromCacheAsync(key, cancellationToken) is { } cached)
        {
            return cached.Shots;
        }

        var units = Units(video, includeOwn: false);
        var outcomes = await RunAsync(video, units, images, cancellationToken);
        var shots = await ShotSetsAsync(video, units, outcomes, cancellationToken);
        if (outcomes.Values.All(o => o.Problem is null))
        {
            var usage = outcomes.Values.Select(o => o.Usage).Aggregate(TokenUsage.None, (a, b) => a + b);
            await StoreAsync(key, new TagSet { ItemId = video.ItemId, Tagger = TaggerName, Model = Model, TaxonomyVersion = _taxonomy.Version, Usage = usage, Shots = shots }, cancellationToken);
        }

        return shots;
    }

    private TagSet Empty(string itemId) => new() { ItemId = itemId, Tagger = TaggerName, Model = Model, TaxonomyVersion = _taxonomy.Version };

    private static string? ShotKey(string shotId, IReadOnlyList<LlmUnit> units) => units.FirstOrDefault(u => u.ShotId == shotId)?.Key;

    private static List<LlmUnit> Units(TaggingInput input, bool includeOwn)
    {
        var units = new List<LlmUnit>();
        if (includeOwn)
        {
            var heading = $"整条{AssetKindNames.ToChinese(input.Kind)}";
            units.Add(new LlmUnit(OwnKey, null, heading, input.OwnTexts().ToList(), input.ImagePaths));
        }

        for (var i = 0; i < input.Shots.Count; i++)
        {
            var shot = input.Shots[i];
            var heading = string.Create(CultureInfo.InvariantCulture, $"镜头 {i + 1}（{Time(shot.Start)}–{Time(shot.End)}）");
            var texts = shot.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
            var images = shot.KeyframePath is null ? [] : new[] { shot.KeyframePath };
            units.Add(new LlmUnit(string.Create(CultureInfo.InvariantCulture, $"shot{i + 1}"), shot.ShotId, heading, texts, images));
        }

        return units;
    }

    private static string Time(TimeSpan t) => t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture);

    /// <summary>Sends the units in batches (own content with the first batch) and returns each unit's outcome.</summary>
    private async Task<Dictionary<string, UnitOutcome>> RunAsync(
        TaggingInput input,
        List<LlmUnit> units,
        IReadOnlyDictionary<string, LoadedImage> images,
        CancellationToken cancellationToken)
    {
        var batches = new List<List<LlmUnit>>();
        var own = units.Where(u => u.ShotId is null).ToList();
        var shots = units.Where(u => u.ShotId is not null).ToList();
        for (var i = 0; i < shots.Count; i += _options.ShotBatchSize)
        {
            batches.Add(shots.Skip(i).Take(_options.ShotBatchSize).ToList());
        }

        if (batches.Count == 0)
        {
            batches.Add([]);
        }

        batches[0].InsertRange(0, own);

        var outcomes = new Dictionary<string, UnitOutcome>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            var result = await RequestAsync(input, batch, images, cancellationToken);
            var shares = Split(result.Usage, batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var unit = batch[i];
                var problem = result.Problem;
                LlmUnitAnswer? answer = null;
                if (problem is null && !result.Answers!.TryGetValue(unit.Key, out answer))
                {
                    problem = $"the answer left out {unit.Key}";
                }
                else if (answer is { Tags.Count: 0, Dropped: > 0 })
                {
                    problem = $"all {answer.Dropped} labels the model gave for {unit.Key} are outside the taxonomy";
                }

                var tags = answer?.Tags ?? [];
                if (unit.ShotId is not null && problem is null)
                {
                    tags = tags.Select(t => t with { Evidence = t.Evidence.Select(e => e with { ShotId = unit.ShotId }).ToList() }).ToList();
                }

                outcomes[unit.Key] = new UnitOutcome(tags, problem, shares[i]);
            }
        }

        return outcomes;
    }

    private async Task<List<TagSet>> ShotSetsAsync(
        TaggingInput video,
        List<LlmUnit> units,
        Dictionary<string, UnitOutcome> outcomes,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<TagSet>? fallbackShots = null;
        var sets = new List<TagSet>();
        foreach (var unit in units.Where(u => u.ShotId is not null))
        {
            var outcome = outcomes[unit.Key];
            if (outcome.Problem is null)
            {
                sets.Add(new TagSet
                {
                    ItemId = unit.ShotId!,
                    Tagger = TaggerName,
                    Model = Model,
                    TaxonomyVersion = _taxonomy.Version,
                    Tags = outcome.Tags,
                    Usage = outcome.Usage,
                });
                continue;
            }

            _logger.LogWarning("LLM tagging of shot {ShotId} of {ItemId} failed, using the {Fallback} tags: {Reason}", unit.ShotId, video.ItemId, _fallback.Name, outcome.Problem);
            fallbackShots ??= await _fallback.TagShotsAsync(video, cancellationToken);
            var fallback = fallbackShots.FirstOrDefault(s => s.ItemId == unit.ShotId)
                ?? new TagSet { ItemId = unit.ShotId!, Tagger = _fallback.Name, TaxonomyVersion = _taxonomy.Version };
            sets.Add(fallback with { FallbackReason = outcome.Problem, Usage = outcome.Usage });
        }

        return sets;
    }

    private async Task<LlmBatchResult> RequestAsync(
        TaggingInput input,
        List<LlmUnit> units,
        IReadOnlyDictionary<string, LoadedImage> images,
        CancellationToken cancellationToken)
    {
        var sent = units.SelectMany(u => u.Images).Where(images.ContainsKey).Distinct().Take(_options.MaxImagesPerRequest).ToHashSet();
        var history = LlmPrompt.Build(_systemMessage, input, units, images.Where(p => sent.Contains(p.Key)).ToDictionary(), _options);
        try
        {
            var answer = await _chat.GetChatMessageContentAsync(history, Settings(), kernel: null, cancellationToken);
            var usage = Usage(answer);
            var answers = LlmAnswerParser.Parse(answer.Content, units, _taxonomy, _options, out var problem);
            return new LlmBatchResult(answers, problem, usage);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new LlmBatchResult(null, Describe(ex), TokenUsage.None);
        }
    }

    private OpenAIPromptExecutionSettings Settings()
    {
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = _options.Temperature,
            ResponseFormat = _options.StructuredOutput switch
            {
                StructuredOutputMode.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat(
                    TagSchema.Name, BinaryData.FromString(_schema), jsonSchemaFormatDescription: null, jsonSchemaIsStrict: true),
                StructuredOutputMode.JsonObject => ChatResponseFormat.CreateJsonObjectFormat(),
                _ => null,
            },
        };
        if (_options.ExtraBody.Count > 0)
        {
            // SKEXP0010: ExtraBody is experimental in SK 1.82 and the only way to send max_tokens (Ollama) and similar fields.
#pragma warning disable SKEXP0010
            settings.ExtraBody = _options.ExtraBody.ToDictionary(p => p.Key, p => ExtraValue(p.Value));
#pragma warning restore SKEXP0010
        }

        return settings;
    }

    /// <summary>Configuration gives strings; numbers, booleans and JSON objects go out as such.</summary>
    internal static object? ExtraValue(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (bool.TryParse(trimmed, out var flag))
        {
            return flag;
        }

        if (long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }

    private static TokenUsage Usage(ChatMessageContent answer) =>
        answer.Metadata is not null && answer.Metadata.TryGetValue("Usage", out var value) && value is ChatTokenUsage usage
            ? new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount)
            : TokenUsage.None;

    private string Describe(Exception ex)
    {
        var timeout = string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.Timeout.TotalSeconds:0.###} s per attempt, {_options.MaxRetries + 1} attempt(s)");
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is TimeoutRejectedException or TaskCanceledException or TimeoutException)
            {
                return timeout;
            }
        }

        return ex switch
        {
            HttpOperationException { StatusCode: { } status } http =>
                string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {status}{Detail(http.ResponseContent)}"),
            HttpOperationException http => $"HTTP error: {http.InnerException?.Message ?? http.Message}",
            HttpRequestException http => $"network error: {http.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
    }

    private static string Detail(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var flat = body.ReplaceLineEndings(" ").Trim();
        return ": " + (flat.Length > 200 ? string.Concat(flat.AsSpan(0, 200), "…") : flat);
    }

    private static TokenUsage[] Split(TokenUsage usage, int parts)
    {
        var result = new TokenUsage[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = new TokenUsage(Share(usage.InputTokens, parts, i), Share(usage.OutputTokens, parts, i));
        }

        return result;
    }

    private static long Share(long total, int parts, int index) => (total / parts) + (index < total % parts ? 1 : 0);

    private async Task<Dictionary<string, LoadedImage>> LoadImagesAsync(TaggingInput input, bool includeOwn, CancellationToken cancellationToken)
    {
        var images = new Dictionary<string, LoadedImage>(StringComparer.Ordinal);
        if (!_options.Vision)
        {
            return images;
        }

        var paths = (includeOwn ? input.ImagePaths : [])
            .Concat(input.Shots.Select(s => s.KeyframePath).OfType<string>())
            .Distinct(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (await ImageLoader.LoadAsync(path, _options.MaxImageBytes, cancellationToken) is { } image)
            {
                images[path] = image;
            }
            else
            {
                _logger.LogWarning("Image {Path} of {ItemId} is missing, too large or not an image; not sent", path, input.ItemId);
            }
        }

        return images;
    }

    /// <summary>The cache key: a hash of everything that shapes the request, with the taxonomy version and the model.</summary>
    private TagCacheKey CacheKey(TaggingInput input, bool includeOwn, Dictionary<string, LoadedImage> images)
    {
        var text = new StringBuilder();
        void Field(string name, string? value) => text.Append(name).Append('\u001f').Append(value).Append('\u001e');
        Field("v", LlmPrompt.Version);
        Field("mode", _options.StructuredOutput.ToString());
        Field("vision", _options.Vision ? "1" : "0");
        Field("temperature", _options.Temperature.ToString("R", CultureInfo.InvariantCulture));
        Field("limits", string.Create(CultureInfo.InvariantCulture, $"{_options.MinConfidence:R}/{_options.MaxTagsPerDimension}/{_options.ShotBatchSize}/{_options.MaxTextChars}"));
        foreach (var (name, value) in _options.ExtraBody.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Field("extra:" + name, value);
        }

        Field("own", includeOwn ? "1" : "0");
        Field("hash", input.ContentHash);
        Field("kind", AssetKindNames.ToWire(input.Kind));
        Field("channel", input.Channel);
        if (includeOwn)
        {
            foreach (var piece in input.OwnTexts())
            {
                Field(piece.Field.ToString(), piece.Text);
            }

            foreach (var path in input.ImagePaths)
            {
                Field("image", images.TryGetValue(path, out var image) ? image.Sha256 : null);
            }
        }

        foreach (var shot in input.Shots)
        {
            Field("shot", string.Create(CultureInfo.InvariantCulture, $"{shot.ShotId}|{shot.Start.Ticks}|{shot.End.Ticks}"));
            foreach (var piece in shot.Texts)
            {
                Field(piece.Field.ToString(), piece.Text);
            }

            Field("keyframe", shot.KeyframePath is { } path && images.TryGetValue(path, out var image) ? image.Sha256 : null);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new TagCacheKey(hash, _taxonomy.Version, Model);
    }

    private async Task<TagSet?> FromCacheAsync(TagCacheKey key, CancellationToken cancellationToken)
    {
        if (_cache is null || await _cache.GetAsync(key, cancellationToken) is not { } cached)
        {
            return null;
        }

        return cached with
        {
            FromCache = true,
            Usage = TokenUsage.None,
            Shots = cached.Shots.Select(s => s with { FromCache = true, Usage = TokenUsage.None }).ToList(),
        };
    }

    private async Task StoreAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken)
    {
        if (_cache is not null)
        {
            await _cache.SetAsync(key, tags, cancellationToken);
        }
    }

    private sealed record UnitOutcome(IReadOnlyList<TagAssignment> Tags, string? Problem, TokenUsage Usage);
}
