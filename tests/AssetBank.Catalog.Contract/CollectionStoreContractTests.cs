using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Collections with their items, shares and links, on every provider.</summary>
public abstract class CollectionStoreContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Names_are_unique_without_case_on_create_and_rename()
    {
        var first = await Catalog.Collections.CreateAsync("夜醒 Moodboard", "wang", T0, CancellationToken.None);
        var second = await Catalog.Collections.CreateAsync("Other", "li", T0, CancellationToken.None);

        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Collections.CreateAsync("夜醒 MOODBOARD", "li", T0, CancellationToken.None));
        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Collections.RenameAsync(second.Id, "夜醒 moodboard", T0, CancellationToken.None));
        await Catalog.Collections.RenameAsync(first.Id, "夜醒 moodboard", T0.AddHours(1), CancellationToken.None);

        var renamed = await Catalog.Collections.GetAsync("夜醒 MOODBOARD", CancellationToken.None);
        Assert.Equal((first.Id, "夜醒 moodboard", T0.AddHours(1)), (renamed!.Id, renamed.Name, renamed.UpdatedAt));
        Assert.Equal("Other", (await Catalog.Collections.GetByIdAsync(second.Id, CancellationToken.None))!.Name);
    }

    [SkippableFact]
    public async Task Of_concurrent_creates_of_one_name_exactly_one_succeeds()
    {
        var creates = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await Catalog.Collections.CreateAsync(i % 2 == 0 ? "Pitch" : "PITCH", $"p{i}", T0, CancellationToken.None);
                return true;
            }
            catch (RequestRejectedException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(creates)).Count(created => created));
        Assert.Single(await Catalog.Collections.ListAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Fifty_concurrent_adds_to_one_collection_keep_all_fifty_in_distinct_places()
    {
        var collection = await Catalog.Collections.CreateAsync("Pitch", "wang", T0, CancellationToken.None);

        var added = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() =>
            Catalog.Collections.AddItemAsync(collection.Id, TextItem($"文案 {i}"), CancellationToken.None))));

        var stored = await Catalog.Collections.GetByIdAsync(collection.Id, CancellationToken.None);
        Assert.Equal(50, stored!.Items.Count);
        Assert.Equal(Enumerable.Range(1, 50), stored.Items.Select(i => i.Position));
        Assert.Equal(Enumerable.Range(1, 50), added.Select(a => a.Position).Order());
        Assert.Equal(added.Select(a => a.Text).Order(StringComparer.Ordinal), stored.Items.Select(i => i.Text).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Items_round_trip_and_removing_or_moving_one_renumbers_the_rest()
    {
        var collection = await Catalog.Collections.CreateAsync("Pitch", "wang", T0, CancellationToken.None);
        var shot = new CollectionItem
        {
            Kind = CollectionItemKind.Shot, AssetId = 9, AssetKey = "v/夜醒.mp4", ShotIndex = 3, StartSeconds = 12.5, EndSeconds = 15.25,
            Note = "开场", AddedBy = "wang", AddedAt = T0.AddMinutes(1),
        };
        var a = await Catalog.Collections.AddItemAsync(collection.Id, shot, CancellationToken.None);
        var b = await Catalog.Collections.AddItemAsync(collection.Id, TextItem("b"), CancellationToken.None);
        var c = await Catalog.Collections.AddItemAsync(collection.Id, TextItem("c"), CancellationToken.None);
        var d = await Catalog.Collections.AddItemAsync(collection.Id, TextItem("d"), CancellationToken.None);

        Assert.True(await Catalog.Collections.RemoveItemAsync(collection.Id, b.Id, T0, CancellationToken.None));
        Assert.False(await Catalog.Collections.RemoveItemAsync(collection.Id, b.Id, T0, CancellationToken.None));
        Assert.True(await Catalog.Collections.MoveItemAsync(collection.Id, d.Id, 1, T0, CancellationToken.None));
        Assert.False(await Catalog.Collections.MoveItemAsync(collection.Id, 999_999, 1, T0, CancellationToken.None));
        Assert.True(await Catalog.Collections.SetNoteAsync(collection.Id, c.Id, "结尾", T0, CancellationToken.None));
        Assert.True(await Catalog.Collections.SetNoteAsync(collection.Id, a.Id, null, T0.AddHours(2), CancellationToken.None));

        var stored = await Catalog.Collections.GetByIdAsync(collection.Id, CancellationToken.None);
        Assert.Equal([d.Id, a.Id, c.Id], stored!.Items.Select(i => i.Id));
        Assert.Equal([1, 2, 3], stored.Items.Select(i => i.Position));
        Assert.Equal(shot with { Id = a.Id, Position = 2, Note = null }, stored.Items[1]);
        Assert.Equal("结尾", stored.Items[2].Note);
        Assert.Equal(T0.AddHours(2), stored.UpdatedAt);
    }

    [SkippableFact]
    public async Task Shares_are_granted_changed_and_withdrawn_and_listed_with_the_item_count()
    {
        var collection = await Catalog.Collections.CreateAsync("Pitch", "wang", T0, CancellationToken.None);
        await Catalog.Collections.CreateAsync("Archive", "li", T0, CancellationToken.None);
        await Catalog.Collections.AddItemAsync(collection.Id, TextItem("a"), CancellationToken.None);
        await Catalog.Collections.ShareAsync(collection.Id, "zhao", CollectionAccess.Read, T0, CancellationToken.None);
        await Catalog.Collections.ShareAsync(collection.Id, "li", CollectionAccess.Read, T0, CancellationToken.None);
        await Catalog.Collections.ShareAsync(collection.Id, "ZHAO", CollectionAccess.Edit, T0, CancellationToken.None);
        await Catalog.Collections.ShareAsync(collection.Id, "li", null, T0, CancellationToken.None);

        var list = await Catalog.Collections.ListAsync(CancellationToken.None);

        Assert.Equal(["Archive", "Pitch"], list.Select(c => c.Name));
        Assert.Equal(1, list[1].ItemCount);
        var share = Assert.Single(list[1].Shares);
        Assert.Equal(CollectionAccess.Edit, share.Access);
        Assert.Equal("zhao", share.UserName, ignoreCase: true);
    }

    [SkippableFact]
    public async Task A_link_is_found_by_its_token_hash()
    {
        var collection = await Catalog.Collections.CreateAsync("Pitch", "wang", T0, CancellationToken.None);
        var link = new CollectionLink("sha256:abc", collection.Id, "wang", T0, T0.AddDays(7));

        await Catalog.Collections.AddLinkAsync(link, CancellationToken.None);

        Assert.Equal(link, await Catalog.Collections.FindLinkAsync("sha256:abc", CancellationToken.None));
        Assert.Null(await Catalog.Collections.FindLinkAsync("sha256:other", CancellationToken.None));
    }

    private static CollectionItem TextItem(string text) => new() { Kind = CollectionItemKind.Text, Text = text, AddedBy = "wang", AddedAt = T0 };
}
