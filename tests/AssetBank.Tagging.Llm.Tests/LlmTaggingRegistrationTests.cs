using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Tagging.Llm.Tests;

public sealed class LlmTaggingRegistrationTests
{
    [Fact]
    public void Choosing_the_llm_without_an_endpoint_fails_at_start_up()
    {
        var settings = TaggerHost.Settings("http://127.0.0.1:9/v1");
        settings.Remove("Tagging:Llm:Endpoint");

        var ex = Assert.Throws<OptionsValidationException>(() => TaggerHost.Provider(settings));

        Assert.Contains("Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tagging:Llm:Endpoint", "not a url")]
    [InlineData("Tagging:Llm:Endpoint", "ftp://example.com/v1")]
    [InlineData("Tagging:Llm:ShotBatchSize", "0")]
    [InlineData("Tagging:Llm:Timeout", "00:00:00")]
    public void Bad_llm_settings_fail_at_start_up(string key, string value)
    {
        var settings = TaggerHost.Settings("http://127.0.0.1:9/v1");
        settings[key] = value;

        // Start-up validation aggregates when several options fail (TaggingOptions reads LlmTaggerOptions too).
        var ex = Assert.ThrowsAny<Exception>(() => TaggerHost.Provider(settings));
        var failures = ex is AggregateException all ? all.InnerExceptions : [ex];

        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
    }

    [Fact]
    public async Task With_the_lexicon_chosen_the_llm_stays_available_but_is_not_the_tagger()
    {
        var settings = TaggerHost.Settings("http://127.0.0.1:9/v1");
        settings["Tagging:Tagger"] = "Lexicon";
        await using var provider = TaggerHost.Provider(settings);

        Assert.IsType<LexiconTagger>(provider.GetRequiredService<ITagger>());
        Assert.NotNull(provider.GetRequiredService<LlmTagger>());
        Assert.IsType<MemoryTagCache>(provider.GetRequiredService<ITagCache>());
    }

    [Fact]
    public async Task Without_a_key_in_the_environment_the_request_still_goes_out_for_local_servers()
    {
        using var server = new FakeChatServer();
        server.Answer(Answers.NightWaking);
        var settings = TaggerHost.Settings(server.Endpoint);
        settings["Tagging:Llm:ApiKeyVariable"] = "ASSETBANK_TEST_UNSET_KEY_VARIABLE";
        await using var provider = TaggerHost.Provider(settings);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.Null(tags.FallbackReason);
        Assert.DoesNotContain(TaggerHost.Key, Assert.Single(server.Requests).Authorization ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_falls_back_instead_of_losing_the_item()
    {
        var settings = TaggerHost.Settings("http://127.0.0.1:9/v1");
        settings["Tagging:Llm:MaxRetries"] = "0";
        await using var provider = TaggerHost.Provider(settings);

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        Assert.True(tags.IsFallback);
        Assert.Equal("新手爸爸", tags.Top(TagDimension.Relationship)!.Label);
    }
}
