using AssetBank.Application.SavedSearches;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;

namespace AssetBank.Workflow.Tests;

public sealed class SavedSearchTests : BankTest
{
    [Fact]
    public async Task A_run_marks_what_entered_the_bank_since_the_last_run_and_then_nothing()
    {
        await Bank.PutAndIngestAsync("copy/old.txt", "新手爸爸半夜冲奶粉，宝宝哭个不停。"u8.ToArray());
        var searches = Bank.Get<ManageSavedSearches>();
        await searches.SaveAsync("爸爸", new SearchQuery { Text = "新手爸爸" }, "李策略", null, default);

        var first = await searches.RunAsync("爸爸", default);
        Assert.True(first.Recorded);
        Assert.Single(first.Outcome.Results.Hits);
        Assert.Empty(first.NewHitIds);

        await Task.Delay(20);
        await Bank.PutAndIngestAsync("copy/new.txt", "新手爸爸第一次给宝宝洗澡。"u8.ToArray());
        var second = await searches.RunAsync("爸爸", default);
        Assert.Equal(2, second.Outcome.Results.TotalHits);
        var fresh = Assert.Single(second.NewHitIds);
        Assert.Equal("copy/new.txt", second.Outcome.Results.Hits.Single(h => h.Id == fresh).Key);

        var third = await searches.RunAsync("爸爸", default);
        Assert.Empty(third.NewHitIds);
        Assert.NotNull((await searches.ListAsync(default)).Single().LastRunAt);
    }

    [Fact]
    public async Task Filters_are_kept_with_the_query()
    {
        await Bank.PutAndIngestAsync("copy/a.txt", "新手爸爸半夜冲奶粉。"u8.ToArray(), new Dictionary<string, string> { ["client"] = "安稚" });
        await Bank.PutAndIngestAsync("copy/b.txt", "新手爸爸哄娃入睡。"u8.ToArray(), new Dictionary<string, string> { ["client"] = "贝贝" });
        var searches = Bank.Get<ManageSavedSearches>();
        await searches.SaveAsync("安稚爸爸", new SearchQuery { Text = "新手爸爸", Clients = ["安稚"] }, "李策略", null, default);

        var run = await searches.RunAsync("安稚爸爸", default);
        Assert.Equal("copy/a.txt", Assert.Single(run.Outcome.Results.Hits).Key);
    }

    [Fact]
    public async Task Unknown_names_empty_owners_and_someone_elses_name_are_refused()
    {
        var searches = Bank.Get<ManageSavedSearches>();
        await Assert.ThrowsAsync<RequestRejectedException>(() => searches.RunAsync("没有", default));
        await Assert.ThrowsAsync<RequestRejectedException>(() => searches.SaveAsync("x", SearchQuery.For("a"), " ", null, default));
        await searches.SaveAsync("x", SearchQuery.For("a"), "李策略", null, default);
        var taken = await Assert.ThrowsAsync<RequestRejectedException>(() => searches.SaveAsync("X", SearchQuery.For("b"), "王创意", null, default));
        Assert.Contains("already saved by 李策略", taken.Message, StringComparison.Ordinal);
    }
}
