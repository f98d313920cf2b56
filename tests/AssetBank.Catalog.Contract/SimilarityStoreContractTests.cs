using AssetBank.Core.Similarity;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Reference libraries with their fingerprints, and copyright alarms with the check's record, on every provider.</summary>
public abstract class SimilarityStoreContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Pictures_are_stored_replaced_and_removed_per_library()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("VCG", "RM-2026", "/refs/vcg", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.PutAsync("VCG", [Picture("a.jpg", 1, [1, 2]), Picture("b.jpg", 2, [3, 4])], CancellationToken.None);
        var before = await Catalog.ReferenceLibraries.VersionAsync(CancellationToken.None);

        await Catalog.ReferenceLibraries.PutAsync("VCG", [Picture("a.jpg", 10, [9, 9]) with { Preview = [7, 7, 7] }], CancellationToken.None);
        await Catalog.ReferenceLibraries.RemoveItemsAsync("VCG", ["b.jpg"], CancellationToken.None);

        var known = await Catalog.ReferenceLibraries.KnownItemsAsync("VCG", CancellationToken.None);
        var stored = await ToListAsync(Catalog.ReferenceLibraries.StreamAsync(CancellationToken.None));
        var library = Assert.Single(await Catalog.ReferenceLibraries.ListAsync(CancellationToken.None));
        var withPreview = await Catalog.ReferenceLibraries.GetAsync(stored[0].Id, CancellationToken.None);

        Assert.Equal(["a.jpg"], known.Keys);
        Assert.Equal((10L, T0), known["a.jpg"]);
        var picture = Assert.Single(stored);
        Assert.Equal(new byte[] { 9, 9 }, picture.Signature);
        Assert.Empty(picture.Preview);
        Assert.Equal(new byte[] { 7, 7, 7 }, withPreview!.Preview);
        Assert.Equal(("VCG", "RM-2026", 1L), (library.Name, library.Licence, library.Items));
        Assert.NotEqual(before, await Catalog.ReferenceLibraries.VersionAsync(CancellationToken.None));
    }

    // Item rows name their library exactly as it was saved: the embedded schema compares reference_items.library with
    // case (its library names without), so the contract uses one spelling throughout.
    [SkippableFact]
    public async Task Removing_a_library_removes_its_pictures_and_says_whether_there_was_one()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("VCG", "RM", "/refs/vcg", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("Getty", "RF", "/refs/getty", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.PutAsync("VCG", [Picture("a.jpg", 1, [1])], CancellationToken.None);
        await Catalog.ReferenceLibraries.PutAsync("Getty", [Picture("a.jpg", 1, [2])], CancellationToken.None);

        Assert.True(await Catalog.ReferenceLibraries.RemoveLibraryAsync("VCG", CancellationToken.None));
        Assert.False(await Catalog.ReferenceLibraries.RemoveLibraryAsync("VCG", CancellationToken.None));

        Assert.Equal(["Getty"], (await Catalog.ReferenceLibraries.ListAsync(CancellationToken.None)).Select(l => l.Name));
        Assert.Equal("Getty", Assert.Single(await ToListAsync(Catalog.ReferenceLibraries.StreamAsync(CancellationToken.None))).Library);
    }

    [SkippableFact]
    public async Task A_new_check_replaces_the_open_alarms_of_an_asset_and_keeps_the_decided_ones()
    {
        await Catalog.Alarms.RecordCheckAsync(7, "e1", "v1", [Alarm(7, "old-open.jpg"), Alarm(7, "decided.jpg")], CancellationToken.None);
        var decided = (await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None)).Single(a => a.ReferenceItem == "decided.jpg");
        Assert.True(await Catalog.Alarms.DecideAsync(decided.Id, AlarmStatus.Approved, "法务", "licensed", T0.AddHours(1), CancellationToken.None));

        var fresh = Alarm(7, "new.jpg") with { ShotIndex = 2, StartSeconds = 1.5, EndSeconds = 3, QueryRegion = new MatchedRegion(0.1, 0.2, 0.5, 0.25), Mirrored = true, AiGenerated = true };
        await Catalog.Alarms.RecordCheckAsync(7, "e2", "v2", [fresh], CancellationToken.None);

        var all = await Catalog.Alarms.ListAsync(null, 10, CancellationToken.None);
        Assert.Equal(["new.jpg", "decided.jpg"], all.Select(a => a.ReferenceItem));
        Assert.Equal(fresh with { Id = all[0].Id }, all[0]);
        Assert.Equal((AlarmStatus.Approved, "法务", "licensed"), (all[1].Status, all[1].DecidedBy, all[1].Reason));
        Assert.True(await Catalog.Alarms.WasCheckedAsync(7, "e2", "v2", CancellationToken.None));
        Assert.False(await Catalog.Alarms.WasCheckedAsync(7, "e1", "v1", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Of_concurrent_decisions_on_one_alarm_exactly_one_is_recorded()
    {
        await Catalog.Alarms.RecordCheckAsync(7, "e1", "v1", [Alarm(7, "a.jpg")], CancellationToken.None);
        var alarm = Assert.Single(await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None));

        var decisions = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Catalog.Alarms.DecideAsync(alarm.Id, i % 2 == 0 ? AlarmStatus.Approved : AlarmStatus.Rejected, $"p{i}", "why", T0, CancellationToken.None))));

        Assert.Equal(1, decisions.Count(d => d));
        var stored = await Catalog.Alarms.GetAsync(alarm.Id, CancellationToken.None);
        Assert.NotEqual(AlarmStatus.Open, stored!.Status);
        Assert.Empty(await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task The_cursor_starts_at_zero_and_keeps_what_was_set()
    {
        Assert.Equal(0, await Catalog.Alarms.CursorAsync(CancellationToken.None));

        await Catalog.Alarms.SetCursorAsync(41, CancellationToken.None);
        await Catalog.Alarms.SetCursorAsync(42, CancellationToken.None);

        Assert.Equal(42, await Catalog.Alarms.CursorAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Reference_texts_are_stored_beside_pictures_replaced_removed_and_counted_with_their_library()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("竞品文案", "比对用", "/refs/copy", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.PutCopyAsync("竞品文案", [Copy("a.txt", 10, [1], "怕上火，就喝清泉山凉茶"), Copy("b.md", 20, [2], "九十鸭绒轻暖不臃肿")], CancellationToken.None);
        var before = await Catalog.ReferenceLibraries.VersionAsync(CancellationToken.None);

        await Catalog.ReferenceLibraries.PutCopyAsync("竞品文案", [Copy("a.txt", 11, [3, 3], "怕上火，喝清泉山")], CancellationToken.None);
        await Catalog.ReferenceLibraries.RemoveCopyAsync("竞品文案", ["b.md"], CancellationToken.None);

        var known = await Catalog.ReferenceLibraries.KnownCopyAsync("竞品文案", CancellationToken.None);
        var streamed = Assert.Single(await ToListAsync(Catalog.ReferenceLibraries.StreamCopyAsync(CancellationToken.None)));
        var stored = await Catalog.ReferenceLibraries.GetCopyAsync(streamed.Id, CancellationToken.None);
        Assert.Equal((11L, T0), known["a.txt"]);
        Assert.Equal(new byte[] { 3, 3 }, streamed.Signature);
        Assert.Equal(string.Empty, streamed.Text);
        Assert.Equal(("a.txt", "怕上火，喝清泉山"), (stored!.ItemId, stored.Text));
        Assert.Empty(await ToListAsync(Catalog.ReferenceLibraries.StreamAsync(CancellationToken.None)));
        Assert.Equal(1L, Assert.Single(await Catalog.ReferenceLibraries.ListAsync(CancellationToken.None)).Items);
        Assert.NotEqual(before, await Catalog.ReferenceLibraries.VersionAsync(CancellationToken.None));

        Assert.True(await Catalog.ReferenceLibraries.RemoveLibraryAsync("竞品文案", CancellationToken.None));
        Assert.Empty(await ToListAsync(Catalog.ReferenceLibraries.StreamCopyAsync(CancellationToken.None)));
    }

    [SkippableFact]
    public async Task A_copy_alarm_keeps_its_matched_passages_on_both_sides()
    {
        var passage = new MatchedPassage(12, 10, 0, 11, "怕上火就喝清泉山凉茶", "怕上火，就喝清泉山凉茶");
        await Catalog.Alarms.RecordCheckAsync(9, "e1", "v1", [Alarm(9, "slogan.txt") with { Modality = "copy", Passages = [passage] }], CancellationToken.None);

        var alarm = Assert.Single(await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None));

        Assert.Equal("copy", alarm.Modality);
        Assert.Equal([passage], alarm.Passages);
        Assert.Equal([passage], (await Catalog.Alarms.GetAsync(alarm.Id, CancellationToken.None))!.Passages);
    }

    [SkippableFact]
    public async Task A_time_aligned_alarm_keeps_the_time_range_on_both_sides()
    {
        var alarm = Alarm(11, "licensed-track.m4a") with { Modality = "audio", StartSeconds = 5, EndSeconds = 35.5, ReferenceStartSeconds = 70.25, ReferenceEndSeconds = 100.75 };
        await Catalog.Alarms.RecordCheckAsync(11, "e1", "v1", [alarm], CancellationToken.None);

        var stored = Assert.Single(await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None));

        Assert.Equal(alarm with { Id = stored.Id }, stored);
        Assert.Equal((70.25, 100.75), (stored.ReferenceStartSeconds, stored.ReferenceEndSeconds));
    }

    private static ReferenceCopy Copy(string item, long size, byte[] signature, string text) => new(0, "竞品文案", item, size, T0, signature, text);

    private static ReferencePicture Picture(string item, long size, byte[] signature) => new(0, "VCG", item, size, T0, signature);

    private static CopyrightAlarm Alarm(long assetId, string item) => new()
    {
        AssetId = assetId,
        AssetKey = "v/夜醒.mp4",
        Modality = "image",
        Percent = 87.5,
        ReferenceId = 3,
        Library = "VCG",
        Licence = "RM-2026",
        ReferenceItem = item,
        RaisedAt = T0,
    };
}
