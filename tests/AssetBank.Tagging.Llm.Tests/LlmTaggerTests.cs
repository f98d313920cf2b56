using System.Diagnostics;
using System.Text.Json;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using WireMock.ResponseBuilders;

namespace AssetBank.Tagging.Llm.Tests;

public sealed class LlmTaggerTests : IDisposable
{
    private readonly FakeChatServer _server = new();

    public void Dispose() => _server.Dispose();

    private static string Lexicon(ServiceProvider provider, TaggingInput input) =>
        JsonSerializer.Serialize(provider.GetRequiredService<LexiconTagger>().Tag(input).Tags);

    [Fact]
    public async Task A_valid_answer_becomes_llm_tags_and_the_request_carries_path_auth_model_schema_and_extra_body()
    {
        _server.Answer(Answers.NightWaking);
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        var tagger = provider.GetRequiredService<ITagger>();
        var taxonomy = provider.GetRequiredService<Taxonomy>();

        var tags = await tagger.TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.IsType<LlmTagger>(tagger);
        Assert.Null(tags.FallbackReason);
        Assert.Equal(("note-1", "llm", TaggerHost.Model, taxonomy.Version), (tags.ItemId, tags.Tagger, tags.Model, tags.TaxonomyVersion));
        Assert.Equal(["母婴", "婴童喂养"], tags.LabelsOf(TagDimension.Industry));
        Assert.Equal("夜醒", tags.Top(TagDimension.Scenario)!.Label);
        Assert.Equal("焦虑", tags.Top(TagDimension.Emotion)!.Label);
        Assert.Equal("新手爸爸", tags.Top(TagDimension.Relationship)!.Label);
        Assert.All(tags.Tags, t => Assert.Equal((TagSource.Llm, "llm", TaggerHost.Model), (t.Source, t.Tagger, t.Model)));
        Assert.Equal(0.92, tags.Top(TagDimension.Industry)!.Confidence);
        Assert.Equal("宝宝", tags.Top(TagDimension.Industry)!.Evidence[0].Text);
        Assert.Equal(new TokenUsage(FakeChatServer.PromptTokens, FakeChatServer.CompletionTokens), tags.Usage);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(FakeChatServer.ChatPath, request.Path);
        Assert.Equal($"Bearer {TaggerHost.Key}", request.Authorization);
        Assert.Equal(TaggerHost.Model, request.Model);
        Assert.Equal(512, request.Body.GetProperty("max_tokens").GetInt32());
        Assert.Equal("json_schema", request.ResponseFormat!.Value.GetProperty("type").GetString());
        Assert.True(request.ResponseFormat!.Value.GetProperty("json_schema").GetProperty("strict").GetBoolean());
        foreach (var dimension in TagDimensions.All)
        {
            Assert.Equal(taxonomy.TermsOf(dimension).Select(t => t.Label), request.SchemaEnum(TagDimensions.ToWire(dimension)));
        }

        Assert.Equal(["item"], request.UnitIds);
        Assert.Contains(request.Texts, t => t.Contains("凌晨三点宝宝又醒了", StringComparison.Ordinal) && t.Contains("新手爸爸的第一个夜班", StringComparison.Ordinal));
        Assert.Contains("母婴", request.SystemText, StringComparison.Ordinal);
        Assert.Empty(request.ImageUrls);
    }

    [Fact]
    public async Task With_vision_on_images_and_keyframes_go_as_base64_data_uris()
    {
        _server.Answer(Answers.NightWaking);
        var png = Path.Combine(Path.GetTempPath(), $"poster-{Guid.NewGuid():N}.png");
        var jpeg = Path.Combine(Path.GetTempPath(), $"keyframe-{Guid.NewGuid():N}.jpg");
        byte[] pngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        byte[] jpegBytes = [0xFF, 0xD8, 0xFF, 0xE0, 9, 8, 7, 6];
        await File.WriteAllBytesAsync(png, pngBytes);
        await File.WriteAllBytesAsync(jpeg, jpegBytes);
        try
        {
            await using var provider = TaggerHost.Provider(_server.Endpoint, s => s["Tagging:Llm:Vision"] = "true");
            var input = TaggerHost.NightWaking() with
            {
                Kind = AssetKind.Video,
                ImagePaths = [png, "/nonexistent/missing.png"],
                Shots = [new TaggingShot("shot-a", TimeSpan.Zero, TimeSpan.FromSeconds(2)) { KeyframePath = jpeg }],
            };

            var tags = await provider.GetRequiredService<ITagger>().TagAsync(input, CancellationToken.None);

            Assert.Null(tags.FallbackReason);
            var request = Assert.Single(_server.Requests);
            Assert.Equal(
                [$"data:image/png;base64,{Convert.ToBase64String(pngBytes)}", $"data:image/jpeg;base64,{Convert.ToBase64String(jpegBytes)}"],
                request.ImageUrls);
        }
        finally
        {
            File.Delete(png);
            File.Delete(jpeg);
        }
    }

    [Fact]
    public async Task Labels_outside_the_taxonomy_are_dropped_synonyms_mapped_and_confidences_clamped()
    {
        _server.Answer(_ => """
            {"items":[{"id":"item",
              "industry":[{"label":"母婴","confidence":1.7,"evidence":"宝宝"},{"label":"航天","confidence":0.9,"evidence":"火箭"}],
              "scenario":[{"label":"夜里醒来","confidence":"0.8","evidence":"又醒了"}],
              "emotion":["焦急"],
              "relationship":[{"label":"外星人","confidence":0.9,"evidence":"?"}]}]}
            """);
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        Assert.Equal(["母婴"], tags.LabelsOf(TagDimension.Industry));
        Assert.Equal(1.0, tags.Top(TagDimension.Industry)!.Confidence);
        Assert.Equal(("夜醒", 0.8), (tags.Top(TagDimension.Scenario)!.Label, tags.Top(TagDimension.Scenario)!.Confidence));
        Assert.Equal(("焦虑", 0.5), (tags.Top(TagDimension.Emotion)!.Label, tags.Top(TagDimension.Emotion)!.Confidence));
        Assert.Empty(tags.For(TagDimension.Relationship));
    }

    [Fact]
    public async Task An_answer_with_only_foreign_labels_falls_back_to_the_lexicon()
    {
        _server.Answer(_ => """{"items":[{"id":"item","industry":[{"label":"航天","confidence":0.9,"evidence":""}],"scenario":[],"emotion":[],"relationship":[]}]}""");
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Contains("outside the taxonomy", tags.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("lexicon", tags.Tagger);
        Assert.Equal(Lexicon(provider, TaggerHost.NightWaking()), JsonSerializer.Serialize(tags.Tags));
    }

    [Fact]
    public async Task An_empty_but_valid_answer_is_accepted_as_no_tags()
    {
        _server.Answer(_ => """{"items":[{"id":"item","industry":[],"scenario":[],"emotion":[],"relationship":[]}]}""");
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        Assert.Empty(tags.Tags);
    }

    [Fact]
    public async Task A_non_json_answer_falls_back_to_the_lexicon_and_still_counts_tokens()
    {
        _server.Answer(_ => "抱歉，我无法完成这个任务。");
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Contains("not JSON", tags.FallbackReason, StringComparison.Ordinal);
        Assert.True(tags.IsFallback);
        Assert.Equal("lexicon", tags.Tagger);
        Assert.All(tags.Tags, t => Assert.Equal(TagSource.Lexicon, t.Source));
        Assert.Equal(Lexicon(provider, TaggerHost.NightWaking()), JsonSerializer.Serialize(tags.Tags));
        Assert.Equal(FakeChatServer.PromptTokens + FakeChatServer.CompletionTokens, tags.Usage.TotalTokens);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public async Task A_blank_answer_falls_back_to_the_lexicon(string? content)
    {
        _server.Answer(_ => content);
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Contains("blank", tags.FallbackReason, StringComparison.Ordinal);
        Assert.NotEmpty(tags.Tags);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_the_server_asks_for()
    {
        _server.Sequence(
            FakeChatServer.Status(429, """{"error":{"message":"rate limited"}}""").WithHeader("Retry-After", "1"),
            FakeChatServer.Completion(Answers.NightWaking));
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        var stopwatch = Stopwatch.StartNew();

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        Assert.Equal("夜醒", tags.Top(TagDimension.Scenario)!.Label);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {stopwatch.Elapsed}, before Retry-After");
    }

    [Fact]
    public async Task A_persistent_500_is_retried_then_falls_back_naming_the_status()
    {
        _server.Sequence(FakeChatServer.Status(500));
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.StartsWith("HTTP 500", tags.FallbackReason, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(Lexicon(provider, TaggerHost.NightWaking()), JsonSerializer.Serialize(tags.Tags));
    }

    [Fact]
    public async Task A_500_then_200_recovers()
    {
        _server.Sequence(FakeChatServer.Status(503), FakeChatServer.Completion(Answers.NightWaking));
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _server.Sequence(FakeChatServer.Status(400, """{"error":{"message":"response_format json_schema is not supported"}}"""));
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.True(tags.FallbackReason!.StartsWith("HTTP 400", StringComparison.Ordinal), tags.FallbackReason);
        Assert.Contains("json_schema is not supported", tags.FallbackReason, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_falls_back_after_each_attempt_times_out()
    {
        _server.Answer(Answers.NightWaking, delay: TimeSpan.FromSeconds(10));
        await using var provider = TaggerHost.Provider(_server.Endpoint, s =>
        {
            s["Tagging:Llm:Timeout"] = "00:00:00.400";
            s["Tagging:Llm:MaxRetries"] = "1";
        });

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Contains("timed out", tags.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("lexicon", tags.Tagger);
        Assert.Equal(2, (await _server.WaitForRequestsAsync(2, TimeSpan.FromSeconds(30))).Count);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_fallback()
    {
        _server.Answer(Answers.NightWaking, delay: TimeSpan.FromSeconds(4));
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), cts.Token));
    }

    [Theory]
    [InlineData("JsonObject", "json_object")]
    [InlineData("PromptOnly", null)]
    public async Task Other_structured_output_modes_send_their_response_format_and_describe_the_shape(string mode, string? expected)
    {
        _server.Answer(r => "```json\n" + Answers.NightWaking(r) + "\n```");
        await using var provider = TaggerHost.Provider(_server.Endpoint, s => s["Tagging:Llm:StructuredOutput"] = mode);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(expected, request.ResponseFormat?.GetProperty("type").GetString());
        Assert.Contains("\"items\"", request.SystemText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_with_nothing_to_show_the_model_costs_no_request()
    {
        _server.Answer(Answers.NightWaking);
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        var input = new TaggingInput
        {
            ItemId = "silent.mp4",
            Kind = AssetKind.Video,
            ImagePaths = ["/tmp/poster.png"],
            Shots = [new TaggingShot("silent#1", TimeSpan.Zero, TimeSpan.FromSeconds(1))],
        };

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(input, CancellationToken.None);

        Assert.Empty(_server.Requests);
        Assert.Null(tags.FallbackReason);
        Assert.Empty(tags.Tags);
        Assert.Equal(["silent#1"], tags.Shots.Select(s => s.ItemId));
    }

    [Fact]
    public async Task Unchanged_content_is_served_from_the_cache_without_a_request()
    {
        _server.Answer(Answers.NightWaking);
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        var tagger = provider.GetRequiredService<ITagger>();

        var first = await tagger.TagAsync(TaggerHost.NightWaking(), CancellationToken.None);
        var second = await tagger.TagAsync(TaggerHost.NightWaking(), CancellationToken.None);
        var changed = await tagger.TagAsync(TaggerHost.NightWaking() with { Title = "另一条笔记" }, CancellationToken.None);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(TokenUsage.None, second.Usage);
        Assert.Equal(JsonSerializer.Serialize(first.Tags), JsonSerializer.Serialize(second.Tags));
        Assert.False(changed.FromCache);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Fallback_results_are_not_cached()
    {
        _server.Sequence(FakeChatServer.Completion(_ => "not json"), FakeChatServer.Completion(Answers.NightWaking));
        await using var provider = TaggerHost.Provider(_server.Endpoint);
        var tagger = provider.GetRequiredService<ITagger>();

        var first = await tagger.TagAsync(TaggerHost.NightWaking(), CancellationToken.None);
        var second = await tagger.TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.True(first.IsFallback);
        Assert.False(second.IsFallback);
        Assert.False(second.FromCache);
    }

    [Fact]
    public async Task The_cache_key_includes_the_model()
    {
        _server.Answer(Answers.NightWaking);
        var cache = new MemoryTagCache();
        await using var a = TaggerHost.Provider(TaggerHost.Settings(_server.Endpoint), s => s.AddSingleton<ITagCache>(cache));
        var other = TaggerHost.Settings(_server.Endpoint);
        other["Tagging:Llm:Model"] = "another-model";
        await using var b = TaggerHost.Provider(other, s => s.AddSingleton<ITagCache>(cache));

        await a.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);
        var otherModel = await b.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);
        var sameModel = await a.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.False(otherModel.FromCache);
        Assert.True(sameModel.FromCache);
        Assert.Equal(2, cache.Count);
        Assert.Equal(2, _server.Requests.Count);
    }
}
