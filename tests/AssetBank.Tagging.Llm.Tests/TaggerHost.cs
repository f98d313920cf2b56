using AssetBank.Core.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Tagging.Llm.Tests;

/// <summary>Builds the taggers through the same DI extensions the app uses.</summary>
internal static class TaggerHost
{
    public const string KeyVariable = "ASSETBANK_TEST_LLM_KEY";
    public const string Key = "test-key-123";
    public const string Model = "test-model";

    static TaggerHost() => Environment.SetEnvironmentVariable(KeyVariable, Key);

    public static Dictionary<string, string?> Settings(string endpoint) => new()
    {
        ["Tagging:Tagger"] = "Llm",
        ["Tagging:Llm:Endpoint"] = endpoint,
        ["Tagging:Llm:Model"] = Model,
        ["Tagging:Llm:ApiKeyVariable"] = KeyVariable,
        // Generous: the test machine is shared and loaded; a timed-out attempt would be retried and skew request counts.
        ["Tagging:Llm:Timeout"] = "00:01:00",
        ["Tagging:Llm:MaxRetries"] = "2",
        ["Tagging:Llm:RetryDelay"] = "00:00:00.010",
        ["Tagging:Llm:MaxRetryDelay"] = "00:00:05",
        ["Tagging:Llm:ExtraBody:max_tokens"] = "512",
    };

    public static ServiceProvider Provider(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        more?.Invoke(services);
        services.AddAssetBankTagging(configuration.GetSection(TaggingOptions.SectionName));
        services.AddAssetBankLlmTagging(configuration.GetSection(LlmTaggerOptions.SectionName));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    public static ServiceProvider Provider(string endpoint, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = Settings(endpoint);
        change?.Invoke(settings);
        return Provider(settings);
    }

    public static TaggingInput NightWaking(string id = "note-1") => new()
    {
        ItemId = id,
        Kind = Core.Assets.AssetKind.Social,
        Channel = "小红书",
        Title = "新手爸爸的第一个夜班",
        Texts = [new TaggingText(TaggingTextField.Body, "凌晨三点宝宝又醒了，新手爸爸手忙脚乱地冲奶粉，焦虑到不行")],
    };
}
