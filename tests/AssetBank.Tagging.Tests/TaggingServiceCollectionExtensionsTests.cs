using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Tagging.Tests;

public sealed class TaggingServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        more?.Invoke(services);
        services.AddAssetBankTagging(configuration.GetSection(TaggingOptions.SectionName));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task The_default_registration_is_the_lexicon_tagger_over_the_shipped_taxonomy()
    {
        await using var provider = Build(new() { ["Tagging:Lexicon:MaxTagsPerDimension"] = "1" });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var tagger = provider.GetRequiredService<ITagger>();
        var tags = await tagger.TagAsync(new TaggingInput { ItemId = "x", Title = ThemedTexts.All[0].Text }, CancellationToken.None);

        Assert.IsType<LexiconTagger>(tagger);
        Assert.Equal(TaxonomyLoader.LoadDefault().Version, provider.GetRequiredService<Taxonomy>().Version);
        Assert.All(TagDimensions.All, d => Assert.Single(tags.For(d)));
    }

    [Fact]
    public async Task A_registered_segmenter_is_used()
    {
        await using var provider = Build([], s => s.AddSingleton<ITextSegmenter>(new NoWords()));

        var tags = provider.GetRequiredService<LexiconTagger>().TagText("x", ThemedTexts.All[0].Text);

        Assert.Empty(tags.Tags);
    }

    [Fact]
    public async Task A_broken_taxonomy_path_fails_at_start_up()
    {
        await using var provider = Build(new() { ["Tagging:TaxonomyPath"] = "/nonexistent/taxonomy.json" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("TaxonomyPath", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_lexicon_options_fail_at_start_up()
    {
        await using var provider = Build(new() { ["Tagging:Lexicon:MinConfidence"] = "3" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private sealed class NoWords : ITextSegmenter
    {
        public IReadOnlyList<TextSegment> Segment(string text) => [];
    }
}
