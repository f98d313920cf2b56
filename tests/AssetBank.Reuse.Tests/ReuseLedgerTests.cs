using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Microsoft.Data.Sqlite;

namespace AssetBank.Reuse.Tests;

public sealed class ReuseLedgerTests : TempFolder
{
    [Fact]
    public async Task Confirmations_move_the_confirmed_rate_across_the_gate_and_the_ledger_records_each_gate_decision()
    {
        using var stack = Stack();
        var registered = await stack.RegisterAsync();
        Assert.Equal(GateOutcome.Blocked, registered.RecordedOutcome);

        var first = await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 1);
        var second = await stack.ConfirmAsync("kv", FakeAssets.Poster);
        var third = await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 2);

        // Shot 1 is 6 s of a 30 s line (20 %): 48,000 of 315,000. A poster is 1 of 3 key visuals: +15,000.
        Assert.Equal(0.2m, first.Entry.Share);
        Assert.Equal(GateOutcome.Blocked, second.Outcome);
        Assert.Null(second.GateChange);
        // Shot 2 adds 6 s more: 96,000 + 15,000 = 111,000 of 315,000 = 35.2 %.
        Assert.Equal(111_000m, decimal.Round(third.Rates.ReusedCost, 2));
        Assert.Equal(GateOutcome.Passed, third.Outcome);
        Assert.Equal("Blocked → Passed", third.GateChange);
        var state = (await stack.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!;
        Assert.Equal(
            [ReuseLedgerAction.BriefSaved, ReuseLedgerAction.GateDecided, ReuseLedgerAction.Confirmed, ReuseLedgerAction.Confirmed, ReuseLedgerAction.Confirmed, ReuseLedgerAction.GateDecided],
            state.Entries.Select(e => e.Action));
        Assert.Equal(6d, state.Entries[4].EndSeconds - state.Entries[4].StartSeconds);
    }

    [Fact]
    public async Task A_withdrawal_is_a_new_entry_and_the_confirmation_it_names_stays_in_the_ledger()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        var confirmed = await stack.ConfirmAsync("tvc", FakeAssets.Tvc, share: 0.5m);

        var withdrawn = await stack.Withdraw.WithdrawAsync(ReuseStack.Code, confirmed.Entry.Id, "李策略", "客户不同意复用", null, CancellationToken.None);

        Assert.Equal(confirmed.Entry.Id, withdrawn.Entry.RefersTo);
        Assert.Equal("50%", withdrawn.Entry.Before);
        Assert.Equal("0%", withdrawn.Entry.After);
        Assert.Equal("Passed → Blocked", withdrawn.GateChange);
        var state = (await stack.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!;
        Assert.Contains(state.Entries, e => e.Id == confirmed.Entry.Id && e.Action == ReuseLedgerAction.Confirmed);
        Assert.Empty(state.ActiveLinks);
        var again = await Assert.ThrowsAsync<RequestRejectedException>(() =>
            stack.Withdraw.WithdrawAsync(ReuseStack.Code, confirmed.Entry.Id, "李策略", null, null, CancellationToken.None));
        Assert.Contains("already withdrawn", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ledger_refuses_to_be_edited_in_place_even_by_hand_written_SQL()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        await stack.ConfirmAsync("kv", FakeAssets.Poster);

        await using var connection = await stack.Database.OpenAsync(CancellationToken.None);
        foreach (var sql in new[] { "UPDATE reuse_ledger SET share = '1';", "DELETE FROM reuse_ledger;", "UPDATE project_briefs SET brief_json = '{}';" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(FakeAssets.Deleted, null, null, "was deleted from the store")]
    [InlineData("sample/nowhere.mp4", null, null, "no asset with this key")]
    [InlineData(FakeAssets.Tvc, 7, null, "has no shot 7 (it has 3)")]
    [InlineData(FakeAssets.Poster, null, "1.5", "must be above 0 % and at most 100 %")]
    [InlineData(FakeAssets.Poster, null, "0", "must be above 0 % and at most 100 %")]
    public async Task Bad_confirmations_are_refused_and_leave_the_ledger_as_it_was(string key, int? shot, string? share, string expected)
    {
        using var stack = Stack();
        var before = await stack.RegisterAsync();

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() =>
            stack.ConfirmAsync("tvc", key, shot, share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Entries.Count, (await stack.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!.Entries.Count);
    }

    [Fact]
    public async Task Shares_over_100_percent_of_a_line_and_a_second_confirmation_of_the_same_shot_are_refused()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        await stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 0, share: 0.7m);

        var over = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 1, share: 0.4m));
        var twice = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.ConfirmAsync("tvc", FakeAssets.Tvc, shot: 0, share: 0.1m));

        Assert.Contains("would bring the line to 110%; 70% is already confirmed", over.Message, StringComparison.Ordinal);
        Assert.Contains("already confirmed on this line", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_on_an_unregistered_project_or_an_unknown_line_is_refused()
    {
        using var stack = Stack();
        await stack.RegisterAsync();

        var project = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.ConfirmAsync("tvc", FakeAssets.Poster, code: "NOPE"));
        var line = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.ConfirmAsync("radio", FakeAssets.Poster));

        Assert.Contains("is not registered", project.Message, StringComparison.Ordinal);
        Assert.Contains("the brief has tvc, kv, notes", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_unchanged_brief_adds_nothing_and_a_changed_one_is_a_new_version()
    {
        using var stack = Stack();
        await stack.RegisterAsync();

        var same = await stack.Ledger.SaveBriefAsync(ReuseStack.Brief(), "李策略", DateTimeOffset.UtcNow, _ => { }, CancellationToken.None);
        var changed = await stack.Ledger.SaveBriefAsync(ReuseStack.Brief() with { Team = "北京一组" }, "李策略", DateTimeOffset.UtcNow, _ => { }, CancellationToken.None);

        Assert.Equal(1, same.BriefVersion);
        Assert.Equal(2, changed.BriefVersion);
        Assert.Equal("北京一组", changed.Brief.Team);
        Assert.Equal(("v1", "v2"), (changed.Entries[^1].Before, changed.Entries[^1].After));
    }
}
