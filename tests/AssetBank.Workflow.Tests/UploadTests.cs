using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;

namespace AssetBank.Workflow.Tests;

public sealed class UploadTests : BankTest
{
    [Fact]
    public async Task A_folder_keeps_its_layout_under_client_and_project_and_refused_files_do_not_stop_the_rest()
    {
        var delivery = Directory.CreateDirectory(Path.Combine(Bank.Root, "local", "delivery")).FullName;
        Directory.CreateDirectory(Path.Combine(delivery, "copy"));
        Directory.CreateDirectory(Path.Combine(delivery, ".git"));
        await File.WriteAllTextAsync(Path.Combine(delivery, "brief.txt"), "安稚夜醒季简报：新手爸爸。");
        await File.WriteAllTextAsync(Path.Combine(delivery, "copy", "slogan.txt"), "爸爸也会累。");
        await File.WriteAllTextAsync(Path.Combine(delivery, "copy", "empty.txt"), string.Empty);
        await File.WriteAllTextAsync(Path.Combine(delivery, ".git", "config"), "[core]");
        var missing = Path.Combine(Bank.Root, "local", "missing.mp4");
        var progress = new List<UploadProgress>();

        var metadata = new AssetMetadata("安稚", "夜醒", Title: "夜醒季交付", Description: "凌晨三点的奶瓶与爸爸", License: "自有");
        var report = await Bank.Get<UploadAssets>().UploadAsync([delivery, missing], null, metadata, new SyncProgress<UploadProgress>(progress.Add), null, null, default);

        Assert.Equal(2, report.Processed);
        Assert.Equal(2, report.Failed);
        Assert.Contains(report.Failures, f => f.Key == missing && f.Reason.Contains("no such local file", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Key == "安稚/夜醒/delivery/copy/empty.txt");
        Assert.Equal(3, progress.Count);
        var brief = await Bank.Get<IAssetReader>().FindByKeyAsync("安稚/夜醒/delivery/brief.txt", default);
        Assert.Equal("夜醒季交付", brief!.Metadata.Title);
        Assert.Equal("凌晨三点的奶瓶与爸爸", brief.Metadata.Description);
        Assert.Equal("自有", brief.Metadata.License);
        Assert.NotNull(await Bank.Get<IAssetReader>().FindByKeyAsync("安稚/夜醒/delivery/copy/slogan.txt", default));
        Assert.Null(await Bank.Get<IAssetReader>().FindByKeyAsync("安稚/夜醒/delivery/.git/config", default));

        var found = await Bank.Get<Application.Searching.SearchAssets>().SearchAsync(Core.Search.SearchQuery.For("奶瓶"), default);
        Assert.Contains(found.Results.Hits, h => h.Key == "安稚/夜醒/delivery/brief.txt");
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
