using AssetBank.Application.Rights;
using AssetBank.Application.Searching;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;

namespace AssetBank.Rights.Tests;

/// <summary>"Usable now for a medium in a territory" against the real Lucene index the bank builds.</summary>
public sealed class UsableNowSearchTests
{
    private static readonly (string, string)[] Objects =
    [
        ("copy/douyin-cn.txt", "新手爸爸 夜醒 文案 甲"),
        ("copy/social-global.txt", "新手爸爸 夜醒 文案 乙"),
        ("copy/tv-expired.txt", "新手爸爸 夜醒 文案 丙"),
        ("copy/no-rights.txt", "新手爸爸 夜醒 文案 丁"),
        ("copy/future.txt", "新手爸爸 夜醒 文案 戊"),
    ];

    [Fact]
    public async Task Only_results_whose_terms_allow_the_medium_in_the_territory_today_are_kept()
    {
        await using var bank = await WithRightsAsync();

        Assert.Equal(["copy/douyin-cn.txt", "copy/social-global.txt"], await KeysAsync(bank, "抖音", "中国大陆"));
        Assert.Equal(["copy/social-global.txt"], await KeysAsync(bank, "小红书", "港澳台"));
        Assert.Equal(["copy/social-global.txt"], await KeysAsync(bank, "social", null));
        Assert.Empty(await KeysAsync(bank, "电视", null));
        Assert.Equal(5, (await KeysAsync(bank, null, null)).Count);
    }

    [Fact]
    public async Task Usable_now_is_decided_on_the_day_of_the_query_not_the_day_of_indexing()
    {
        await using var bank = await WithRightsAsync();

        // Same index, no write in between: only the day asked changes.
        Assert.Equal(["copy/tv-expired.txt"], await KeysAsync(bank, "电视", null, RightsBank.Today.AddDays(-30)));
        Assert.Equal(["copy/douyin-cn.txt", "copy/social-global.txt"], await KeysAsync(bank, "抖音", "中国大陆", new DateOnly(2027, 1, 31)));
        Assert.Equal(["copy/future.txt", "copy/social-global.txt"], await KeysAsync(bank, "抖音", "中国大陆", new DateOnly(2027, 2, 1)));

        bank.Clock.Now = bank.Clock.Now.AddDays(60);
        Assert.Equal(["copy/future.txt", "copy/social-global.txt"], await KeysAsync(bank, "抖音", "中国大陆"));
    }

    [Fact]
    public async Task A_usable_now_search_says_how_many_of_all_matches_are_usable()
    {
        await using var bank = await WithRightsAsync();
        var search = bank.Get<SearchAssets>();

        var filtered = await search.SearchAsync(SearchQuery.For("新手爸爸") with { UsableFor = "抖音", UsableIn = "中国大陆", PageSize = 50 }, CancellationToken.None);
        var plain = await search.SearchAsync(SearchQuery.For("新手爸爸") with { PageSize = 50 }, CancellationToken.None);

        Assert.Equal(2, filtered.Results.TotalHits);
        Assert.Equal(plain.Results.TotalHits, filtered.MatchingWithoutRightsFilter);
        Assert.Null(plain.MatchingWithoutRightsFilter);
    }

    [Fact]
    public async Task Results_carry_the_rights_badge_for_the_day_of_the_search()
    {
        await using var bank = await WithRightsAsync();

        var outcome = await bank.Get<SearchAssets>().SearchAsync(SearchQuery.For("新手爸爸") with { PageSize = 50 }, CancellationToken.None);
        var badges = outcome.Results.Hits.ToDictionary(h => h.Key!, h => outcome.RightsBadge(h));

        Assert.Contains("已过期", badges["copy/tv-expired.txt"], StringComparison.Ordinal);
        Assert.Contains("60天内", badges["copy/douyin-cn.txt"], StringComparison.Ordinal);
        Assert.Null(badges["copy/social-global.txt"]);
        Assert.Null(badges["copy/no-rights.txt"]);
    }

    [Fact]
    public async Task An_unknown_medium_or_territory_is_refused_with_the_valid_ones()
    {
        await using var bank = await WithRightsAsync();

        var refused = await Assert.ThrowsAsync<RequestRejectedException>(() => KeysAsync(bank, "火星台", null));
        Assert.Contains("抖音", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestRejectedException>(() => KeysAsync(bank, null, "月球"));
    }

    private static async Task<RightsBank> WithRightsAsync()
    {
        var bank = await RightsBank.CreateAsync(Objects);
        var set = bank.Get<SetRights>();
        async Task Set(string key, RightsGrantText terms) =>
            await set.SetAsync(new SetRightsRequest(key, terms, false, "王法务"), null, CancellationToken.None);

        await Set("copy/douyin-cn.txt", new RightsGrantText(Media: "抖音", Territory: "中国大陆", Start: "2026-01-01", End: "2027-01-31"));
        await Set("copy/social-global.txt", new RightsGrantText(Media: "社交媒体", Territory: "全球"));
        await Set("copy/tv-expired.txt", new RightsGrantText(Media: "电视", Territory: "中国大陆", Start: "2026-01-01", End: "2026-11-30"));
        await Set("copy/future.txt", new RightsGrantText(Media: "抖音", Territory: "中国大陆", Start: "2027-02-01"));
        return bank;
    }

    private static async Task<List<string>> KeysAsync(RightsBank bank, string? medium, string? territory, DateOnly? on = null)
    {
        var outcome = await bank.Get<SearchAssets>().SearchAsync(
            SearchQuery.For("新手爸爸") with { UsableFor = medium, UsableIn = territory, UsableOn = on, PageSize = 50 },
            CancellationToken.None);
        return outcome.Results.Hits.Select(h => h.Key!).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
