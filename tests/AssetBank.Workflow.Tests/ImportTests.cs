using AssetBank.Application.Ingesting;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;

namespace AssetBank.Workflow.Tests;

public sealed class ImportTests : BankTest
{
    [Fact]
    public async Task Importing_the_same_ids_again_under_another_prefix_updates_in_place()
    {
        await ImportAsync("imports/notes/", Item("n1", "新手爸爸半夜冲奶粉"), Item("n2", "宝宝夜醒哭闹"));
        await ImportAsync("elsewhere/notes/", Item("n1", "新手爸爸第一次换尿布"), Item("n2", "宝宝夜醒哭闹"));

        var assets = await ListAsync();
        Assert.Equal(2, assets.Count);
        Assert.Equal(["imports/notes/n1.txt", "imports/notes/n2.txt"], assets.Select(a => a.Key).Order());
        var n1 = await Bank.Get<IAssetReader>().GetDerivedAsync(assets.Single(a => a.ExternalId == "n1").Id, default);
        Assert.Contains("换尿布", n1.Content!.PlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_missing_from_the_file_stay_unless_pruned()
    {
        await ImportAsync("imports/notes/", Item("n1", "一"), Item("n2", "二"), Item("n3", "三"));
        await ImportAsync("imports/notes/", Item("n1", "一"));
        Assert.Equal(3, (await ListAsync()).Count);

        await ImportAsync("imports/notes/", prune: true, Item("n1", "一"));
        var left = await ListAsync();
        Assert.Equal("n1", Assert.Single(left).ExternalId);
    }

    [Fact]
    public async Task Duplicate_ids_in_one_file_name_their_lines_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<RequestRejectedException>(() =>
            ImportAsync("imports/notes/", Item("n1", "一") with { Line = 1 }, Item("n2", "二") with { Line = 2 }, Item("n1", "三") with { Line = 5 }));
        Assert.Contains("'n1' on lines 1, 5", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    private static TextItem Item(string id, string text) =>
        new(id, text, new Dictionary<string, string> { [MetadataKeys.ExternalId] = id });

    private Task<IngestionReport> ImportAsync(string folder, params TextItem[] items) => ImportAsync(folder, false, items);

    private Task<IngestionReport> ImportAsync(string folder, bool prune, params TextItem[] items) =>
        Bank.Get<ImportTextItems>().ImportAsync(folder, items, id => id, null, null, default, prune);

    private async Task<List<Asset>> ListAsync()
    {
        var result = new List<Asset>();
        await foreach (var asset in Bank.Get<IAssetReader>().ListAsync(new AssetFilter(Status: AssetStatus.Processed), default))
        {
            result.Add(asset);
        }

        return result;
    }
}
