using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LuceneSearchIndex"/> as <see cref="ISearchIndex"/> (one per process: it owns the index writer
    /// once it writes) and its analyzers as <see cref="ISearchTextAnalyzer"/> (<see cref="SearchTextAnalyzer"/>),
    /// with options from the <c>Search</c> section of <paramref name="configuration"/>, validated at start-up. Needs the
    /// <see cref="Taxonomy"/> (<c>AddAssetBankTagging</c>) and logging from the host. The index is opened on first use;
    /// check <see cref="ISearchIndex.State"/> then and rebuild from the catalog when it says so.
    /// </summary>
    public static IServiceCollection AddAssetBankSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.CommitInterval > TimeSpan.Zero && o.CommitInterval <= LuceneSearchIndex.MaxCommitInterval, "Search:CommitInterval must be between 0 and 1 day.")
            .Validate(o => o.UserDictionaryPath is null || File.Exists(o.UserDictionaryPath), "Search:UserDictionaryPath names a file that does not exist.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => SearchTextAnalyzer.Create(
            sp.GetRequiredService<Taxonomy>(),
            sp.GetRequiredService<IOptions<SearchOptions>>().Value.UserDictionaryPath,
            sp.GetService<ILogger<SearchTextAnalyzer>>()));
        services.TryAddSingleton<ISearchTextAnalyzer>(sp => sp.GetRequiredService<SearchTextAnalyzer>());
        services.TryAddSingleton(sp => new LuceneSearchIndex(
            sp.GetRequiredService<IOptions<SearchOptions>>().Value,
            sp.GetRequiredService<Taxonomy>(),
            sp.GetService<ILogger<LuceneSearchIndex>>(),
            sp.GetRequiredService<SearchTextAnalyzer>()));
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
