using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Tagging;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>The change sequence search nodes follow, attempts per version, and damaged rows named, on every provider.</summary>
public abstract class ChangeSequenceContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Every_commit_failure_deletion_and_tag_edit_gets_a_later_sequence_number()
    {
        var start = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        var a = await Catalog.Ledger.SaveProcessedAsync(Copy("a.txt"), Text("一段文案"), CancellationToken.None);
        var afterSave = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await Catalog.TagEdits.AddHumanTagEditAsync(a.Id, new HumanTagEdit("a.txt", HumanTagAction.Add, TagDimension.Emotion, "emotion.warm", "李策略", T0), CancellationToken.None);
        var afterEdit = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await Catalog.Ledger.MarkFailedAsync("a.txt", "e2", "broken", T0, CancellationToken.None);
        var afterFail = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        await Catalog.Ledger.MarkDeletedAsync(["a.txt"], T0, CancellationToken.None);
        var afterDelete = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);

        Assert.True(start < afterSave && afterSave < afterEdit && afterEdit < afterFail && afterFail < afterDelete);
        var changes = await Catalog.Changes.GetChangesAsync(afterSave, 10, CancellationToken.None);
        Assert.Equal([a.Id], changes.AssetIds);
        Assert.Equal(afterDelete, changes.ThroughSequence);
        Assert.False(changes.More);
    }

    [SkippableFact]
    public async Task Changes_come_oldest_first_in_batches_that_say_when_more_follow()
    {
        var ids = new List<long>();
        foreach (var key in new[] { "c.txt", "a.txt", "b.txt" })
        {
            ids.Add((await Catalog.Ledger.SaveProcessedAsync(Copy(key), Text(key), CancellationToken.None)).Id);
        }

        var first = await Catalog.Changes.GetChangesAsync(0, 2, CancellationToken.None);
        var second = await Catalog.Changes.GetChangesAsync(first.ThroughSequence, 2, CancellationToken.None);

        Assert.Equal(ids[..2], first.AssetIds);
        Assert.True(first.More);
        Assert.Equal([ids[2]], second.AssetIds);
        Assert.False(second.More);
        Assert.Empty((await Catalog.Changes.GetChangesAsync(second.ThroughSequence, 2, CancellationToken.None)).AssetIds);
    }

    [SkippableFact]
    public async Task A_deleted_or_failed_object_keeps_no_derived_text()
    {
        var deleted = await Catalog.Ledger.SaveProcessedAsync(Copy("secret.txt"), Text("root:x:0:0"), CancellationToken.None);
        var failed = await Catalog.Ledger.SaveProcessedAsync(Copy("later-garbage.txt"), Text("旧文案"), CancellationToken.None);

        await Catalog.Ledger.MarkDeletedAsync(["secret.txt"], T0, CancellationToken.None);
        await Catalog.Ledger.MarkFailedAsync("later-garbage.txt", "e9", "not text any more", T0, CancellationToken.None);

        Assert.Same(AssetDerivedData.None, await Catalog.Reader.GetDerivedAsync(deleted.Id, CancellationToken.None));
        Assert.Same(AssetDerivedData.None, await Catalog.Reader.GetDerivedAsync(failed.Id, CancellationToken.None));
        Assert.Empty(await Catalog.Reader.GetIndexableAsync([deleted.Id, failed.Id], CancellationToken.None));
    }

    [SkippableFact]
    public async Task Unfinished_attempts_are_counted_per_version_and_reset_by_a_new_version_or_an_outcome()
    {
        await Catalog.Ledger.RecordDiscoveredAsync([Obj("x.pdf", "e1")], T0, CancellationToken.None);
        await Catalog.Ledger.RecordAttemptAsync("x.pdf", "copy", newAttempt: true, 100, CancellationToken.None);
        await Catalog.Ledger.RecordAttemptAsync("x.pdf", "extract", newAttempt: false, 300, CancellationToken.None);
        await Catalog.Ledger.RecordAttemptAsync("x.pdf", "copy", newAttempt: true, 200, CancellationToken.None);

        var version = await Catalog.Ledger.GetVersionAsync("x.pdf", CancellationToken.None);
        Assert.Equal(2, version!.Attempts);
        Assert.Equal("copy", version.LastStage);
        Assert.Equal(300, version.PeakMemoryBytes);

        await Catalog.Ledger.RecordDiscoveredAsync([Obj("x.pdf", "e2")], T0, CancellationToken.None);
        Assert.Equal(0, (await Catalog.Ledger.GetVersionAsync("x.pdf", CancellationToken.None))!.Attempts);
    }

    [SkippableFact]
    public async Task A_rebuild_stream_names_an_asset_whose_stored_data_is_damaged_and_keeps_the_rest()
    {
        var good = await Catalog.Ledger.SaveProcessedAsync(Copy("good.txt"), Text("好"), CancellationToken.None);
        var bad = await Catalog.Ledger.SaveProcessedAsync(Copy("bad.txt"), Text("坏"), CancellationToken.None);
        await Catalog.DamageContentJsonAsync(bad.Id, "{\"Title\": [1, 2");

        var damaged = new List<string>();
        var streamed = new List<long>();
        await foreach (var item in Catalog.Reader.StreamIndexableAsync((key, _) => damaged.Add(key), CancellationToken.None))
        {
            streamed.Add(item.Asset.Id);
        }

        Assert.Equal([good.Id], streamed);
        Assert.Equal(["bad.txt"], damaged);
        var check = await Catalog.Maintenance.CheckAsync(CancellationToken.None);
        Assert.Equal("bad.txt", Assert.Single(check.DamagedAssets).Key);
        Assert.Empty(check.DatabaseProblems);
        var error = await Assert.ThrowsAsync<CatalogException>(() => Catalog.Reader.GetDerivedAsync(bad.Id, CancellationToken.None));
        Assert.Contains("bad.txt", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_metadata_correction_is_read_back_as_written_and_gets_a_later_sequence_number()
    {
        var edited = await Catalog.Ledger.SaveProcessedAsync(Copy("a.txt"), Text("一段文案"), CancellationToken.None);
        var other = await Catalog.Ledger.SaveProcessedAsync(Copy("b.txt"), Text("另一段"), CancellationToken.None);
        var before = await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None);
        var corrected = new AssetMetadata("安稚", "春节档", "抖音", "王制作", new DateOnly(2026, 1, 20), AiGenerated: true, License: "客户所有", Title: "团圆饭", Description: "除夕夜");

        await Catalog.MetadataEditor.UpdateMetadataAsync(edited.Id, corrected, CancellationToken.None);

        Assert.Equal(corrected, (await Catalog.Reader.FindByIdAsync(edited.Id, CancellationToken.None))!.Metadata);
        Assert.Equal(other.Metadata, (await Catalog.Reader.FindByIdAsync(other.Id, CancellationToken.None))!.Metadata);
        Assert.True(await Catalog.Changes.GetCurrentSequenceAsync(CancellationToken.None) > before);
        Assert.Equal([edited.Id], (await Catalog.Changes.GetChangesAsync(before, 10, CancellationToken.None)).AssetIds);
    }
}
