using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Projects, brief versions and the append-only reuse ledger, on every provider.</summary>
public abstract class ReuseLedgerContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task A_new_brief_is_version_1_an_unchanged_one_is_not_saved_again_and_a_changed_one_is_version_2()
    {
        var first = await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);
        var same = await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0.AddHours(1), _ => { }, CancellationToken.None);
        var changed = await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 20m), "王制片", T0.AddHours(2), _ => { }, CancellationToken.None);

        Assert.Equal(1, first.BriefVersion);
        Assert.Equal(1, same.BriefVersion);
        Assert.Equal(2, changed.BriefVersion);
        Assert.Equal(20m, changed.Brief.Lines[0].UnitCost);
        var saved = changed.Entries.Where(e => e.Action == ReuseLedgerAction.BriefSaved).ToList();
        Assert.Equal(2, saved.Count);
        Assert.Equal((null, "v1"), (saved[0].Before, saved[0].After));
        Assert.Equal(("v1", "v2"), (saved[1].Before, saved[1].After));
    }

    [SkippableFact]
    public async Task A_refused_brief_writes_nothing()
    {
        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Reuse.SaveBriefAsync(
            Brief("BB-1", 10m), "王制片", T0, _ => throw new RequestRejectedException("项目 BB-1", "refused"), CancellationToken.None));

        Assert.Null(await Catalog.Reuse.GetProjectAsync("BB-1", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Entries_come_back_with_every_field_in_the_order_appended_and_codes_match_without_case()
    {
        await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);
        var confirmed = new ReuseLedgerEntry
        {
            ProjectCode = "ignored",
            Action = ReuseLedgerAction.Confirmed,
            Who = "李策略",
            Role = "Producer",
            At = T0.AddMinutes(5),
            LineId = "L1",
            AssetId = 42,
            AssetKey = "v/夜醒.mp4",
            ShotIndex = 3,
            StartSeconds = 12.5,
            EndSeconds = 15.25,
            Share = 0.35m,
            Reason = "镜头复用",
        };

        var appended = await Catalog.Reuse.AppendAsync("bb-1", _ => [confirmed], CancellationToken.None);
        var withdrawn = await Catalog.Reuse.AppendAsync("BB-1", _ => [new ReuseLedgerEntry
        {
            ProjectCode = "BB-1", Action = ReuseLedgerAction.Withdrawn, Who = "李策略", At = T0.AddMinutes(6), RefersTo = appended[0].Id,
        }], CancellationToken.None);
        var state = await Catalog.Reuse.GetProjectAsync("Bb-1", CancellationToken.None);

        Assert.NotNull(state);
        Assert.Equal("BB-1", state.Brief.Code);
        Assert.Equal([ReuseLedgerAction.BriefSaved, ReuseLedgerAction.Confirmed, ReuseLedgerAction.Withdrawn], state.Entries.Select(e => e.Action));
        Assert.True(state.Entries[1].Id < state.Entries[2].Id);
        Assert.Equal(confirmed with { Id = appended[0].Id, ProjectCode = "BB-1" }, state.Entries[1]);
        Assert.Equal(appended[0].Id, withdrawn[0].RefersTo);
        Assert.Empty(state.ActiveLinks);
    }

    [SkippableFact]
    public async Task Appending_to_a_project_that_is_not_registered_is_refused()
    {
        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Reuse.AppendAsync("NOPE-1", _ => [], CancellationToken.None));
    }

    [SkippableFact]
    public async Task Concurrent_appends_each_decide_on_the_state_the_others_left()
    {
        await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);

        // Twenty people confirm 10 % of one line at once; a line holds at most 100 %, so exactly ten may be kept.
        var appends = Enumerable.Range(0, 20).Select(i => Task.Run(() => Catalog.Reuse.AppendAsync("BB-1", state =>
            state.ConfirmedShare("L1") + 0.1m <= 1m
                ? [new ReuseLedgerEntry { ProjectCode = "BB-1", Action = ReuseLedgerAction.Confirmed, Who = $"p{i}", At = T0, LineId = "L1", AssetId = i + 1, Share = 0.1m }]
                : [], CancellationToken.None)));
        var results = await Task.WhenAll(appends);

        var state = await Catalog.Reuse.GetProjectAsync("BB-1", CancellationToken.None);
        Assert.Equal(10, results.Count(r => r.Count == 1));
        Assert.Equal(1m, state!.ConfirmedShare("L1"));
        Assert.Equal(10, state.Entries.Count(e => e.Action == ReuseLedgerAction.Confirmed));
    }

    [SkippableFact]
    public async Task The_ledger_and_brief_versions_refuse_updates_and_deletes_behind_the_seam()
    {
        await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => Catalog.ExecuteRawAsync("UPDATE reuse_ledger SET who = 'someone else';"));
        await Assert.ThrowsAnyAsync<Exception>(() => Catalog.ExecuteRawAsync("DELETE FROM reuse_ledger;"));
        await Assert.ThrowsAnyAsync<Exception>(() => Catalog.ExecuteRawAsync("DELETE FROM project_briefs;"));

        var state = await Catalog.Reuse.GetProjectAsync("BB-1", CancellationToken.None);
        Assert.Equal("王制片", Assert.Single(state!.Entries).Who);
    }

    [SkippableFact]
    public async Task Projects_are_listed_in_code_order_with_their_latest_brief()
    {
        await Catalog.Reuse.SaveBriefAsync(Brief("CC-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);
        await Catalog.Reuse.SaveBriefAsync(Brief("aa-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);
        await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 10m), "王制片", T0, _ => { }, CancellationToken.None);
        await Catalog.Reuse.SaveBriefAsync(Brief("BB-1", 30m), "王制片", T0, _ => { }, CancellationToken.None);

        var projects = await ToListAsync(Catalog.Reuse.ListProjectsAsync(CancellationToken.None));

        Assert.Equal(["aa-1", "BB-1", "CC-1"], projects.Select(p => p.Brief.Code));
        Assert.Equal(2, projects[1].BriefVersion);
    }

    private static ProjectBrief Brief(string code, decimal unitCost) => new()
    {
        Code = code,
        Client = "贝贝乳业",
        Lines = [new DeliverableLine("L1", "video", 30m, unitCost, RateUnit.Second)],
        RateCardVersion = "2026",
    };
}
