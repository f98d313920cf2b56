using AssetBank.Core.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AssetBank.Tagging.Llm.Tests;

/// <summary>Runs only with a real endpoint: <c>ASSETBANK_LLM_ENDPOINT=http://localhost:11434/v1 ASSETBANK_LLM_MODEL=qwen2.5:7b</c>.</summary>
public sealed class RealEndpointTests(ITestOutputHelper output)
{
    [RealEndpointFact]
    public async Task A_real_model_tags_the_night_waking_note_inside_the_taxonomy()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Tagging:Tagger"] = "Llm",
            ["Tagging:Llm:Endpoint"] = Environment.GetEnvironmentVariable(RealEndpointFactAttribute.EndpointVariable),
            ["Tagging:Llm:Model"] = Environment.GetEnvironmentVariable(RealEndpointFactAttribute.ModelVariable) ?? "qwen2.5:7b",
            ["Tagging:Llm:StructuredOutput"] = Environment.GetEnvironmentVariable("ASSETBANK_LLM_STRUCTURED_OUTPUT") ?? "JsonSchema",
            ["Tagging:Llm:Timeout"] = "00:02:00",
            ["Tagging:Llm:ExtraBody:max_tokens"] = "1024",
        };
        await using var provider = TaggerHost.Provider(settings);
        var taxonomy = provider.GetRequiredService<Taxonomy>();

        var tags = await provider.GetRequiredService<ITagger>().TagAsync(TaggerHost.NightWaking(), CancellationToken.None);

        foreach (var tag in tags.Tags)
        {
            output.WriteLine($"{tag.Dimension}: {tag.Label} {tag.Confidence:0.00} ({string.Join(" / ", tag.Evidence.Select(e => e.Text))})");
        }

        output.WriteLine($"usage: {tags.Usage.InputTokens} in, {tags.Usage.OutputTokens} out");
        Assert.Null(tags.FallbackReason);
        Assert.NotEmpty(tags.Tags);
        Assert.All(tags.Tags, t => Assert.Equal(t.TermId, taxonomy.FindByLabel(t.Dimension, t.Label)?.Id));
        Assert.True(tags.Usage.TotalTokens > 0);
    }
}
