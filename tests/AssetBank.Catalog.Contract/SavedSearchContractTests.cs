using AssetBank.Core.Errors;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Search;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Saved searches, on every provider.</summary>
public abstract class SavedSearchContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task A_search_round_trips_its_query_and_is_found_without_case()
    {
        var query = new SearchQuery { Text = "夜醒 奶粉", Channels = ["抖音", "TVC"], UsableOn = new DateOnly(2026, 12, 1), Sort = SearchSort.Date, PageSize = 50 };
        await Catalog.SavedSearches.SaveAsync(Search("Night Feeds", "wang", query), _ => { }, CancellationToken.None);

        var stored = await Catalog.SavedSearches.GetAsync("night FEEDS", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(("Night Feeds", "wang", T0, (DateTimeOffset?)null), (stored.Name, stored.Owner, stored.SavedAt, stored.LastRunAt));
        Assert.Equal(query.Text, stored.Query.Text);
        Assert.Equal(query.Channels, stored.Query.Channels);
        Assert.Equal((query.UsableOn, query.Sort, query.PageSize), (stored.Query.UsableOn, stored.Query.Sort, stored.Query.PageSize));
    }

    [SkippableFact]
    public async Task Saving_again_replaces_the_search_after_the_check_sees_the_one_replaced_and_clears_its_last_run()
    {
        await Catalog.SavedSearches.SaveAsync(Search("night feeds", "wang", SearchQuery.For("夜醒")), _ => { }, CancellationToken.None);
        await Catalog.SavedSearches.MarkRunAsync("NIGHT FEEDS", T0.AddHours(1), CancellationToken.None);
        Assert.Equal(T0.AddHours(1), (await Catalog.SavedSearches.GetAsync("night feeds", CancellationToken.None))!.LastRunAt);
        SavedSearch? seen = null;

        await Catalog.SavedSearches.SaveAsync(Search("Night Feeds", "wang", SearchQuery.For("哄睡")), previous => seen = previous, CancellationToken.None);

        Assert.Equal(("夜醒", T0.AddHours(1)), (seen!.Query.Text, seen.LastRunAt));
        var stored = Assert.Single(await Catalog.SavedSearches.ListAsync(CancellationToken.None));
        Assert.Equal(("哄睡", (DateTimeOffset?)null), (stored.Query.Text, stored.LastRunAt));
    }

    [SkippableFact]
    public async Task Deleting_a_search_by_any_case_of_its_name_removes_only_that_search()
    {
        await Catalog.SavedSearches.SaveAsync(Search("Night Feeds", "wang", SearchQuery.For("夜醒")), _ => { }, CancellationToken.None);
        await Catalog.SavedSearches.SaveAsync(Search("Pitch", "li", SearchQuery.For("哄睡")), _ => { }, CancellationToken.None);

        await Catalog.SavedSearches.DeleteAsync("NIGHT feeds", CancellationToken.None);

        Assert.Null(await Catalog.SavedSearches.GetAsync("night feeds", CancellationToken.None));
        Assert.Equal("Pitch", Assert.Single(await Catalog.SavedSearches.ListAsync(CancellationToken.None)).Name);
    }

    [SkippableFact]
    public async Task A_refused_save_writes_nothing()
    {
        await Catalog.SavedSearches.SaveAsync(Search("night feeds", "wang", SearchQuery.For("夜醒")), _ => { }, CancellationToken.None);

        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.SavedSearches.SaveAsync(
            Search("night feeds", "li", SearchQuery.For("别的")), _ => throw new RequestRejectedException("保存的搜索 night feeds", "owned by wang"), CancellationToken.None));

        Assert.Equal("夜醒", (await Catalog.SavedSearches.GetAsync("night feeds", CancellationToken.None))!.Query.Text);
    }

    [SkippableFact]
    public async Task Of_concurrent_first_saves_of_one_name_the_check_lets_exactly_one_through()
    {
        var saves = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await Catalog.SavedSearches.SaveAsync(Search("Pitch", $"p{i}", SearchQuery.For($"q{i}")), previous =>
                {
                    if (previous is not null)
                    {
                        throw new RequestRejectedException("保存的搜索 Pitch", $"owned by {previous.Owner}");
                    }
                }, CancellationToken.None);
                return true;
            }
            catch (RequestRejectedException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(saves)).Count(saved => saved));
        Assert.Single(await Catalog.SavedSearches.ListAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Searches_are_listed_by_name_without_case()
    {
        foreach (var name in new[] { "zeta", "Alpha", "beta" })
        {
            await Catalog.SavedSearches.SaveAsync(Search(name, "wang", SearchQuery.For(name)), _ => { }, CancellationToken.None);
        }

        Assert.Equal(["Alpha", "beta", "zeta"], (await Catalog.SavedSearches.ListAsync(CancellationToken.None)).Select(s => s.Name));
    }

    private static SavedSearch Search(string name, string owner, SearchQuery query) => new() { Name = name, Owner = owner, Query = query, SavedAt = T0 };
}
