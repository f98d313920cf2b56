using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;

namespace AssetBank.Reuse.Tests;

/// <summary>
/// Two strategists confirming the same line at once. Each stack has its own catalog connection pool and its own writer
/// lock file, like two processes that both got past the data folder lock: only the catalog's write transaction stands
/// between them and a line covered 120 %.
/// </summary>
public sealed class ConcurrentConfirmationTests : TempFolder
{
    [Fact]
    public async Task Two_concurrent_confirmations_of_one_line_cannot_both_pass_and_the_ledger_stays_consistent()
    {
        using var alice = Stack("alice.lock");
        using var bob = Stack("bob.lock");
        await alice.RegisterAsync();

        for (var round = 0; round < 10; round++)
        {
            var lineId = round % 2 == 0 ? "kv" : "notes";
            using var start = new Barrier(2);
            var a = Task.Run(() => { start.SignalAndWait(); return alice.ConfirmAsync(lineId, FakeAssets.Tvc, shot: round % 3, share: 0.6m, who: "李策略"); });
            var b = Task.Run(() => { start.SignalAndWait(); return bob.ConfirmAsync(lineId, FakeAssets.Poster, share: 0.6m, who: "王策略"); });
            var outcomes = await Task.WhenAll(Settle(a), Settle(b));

            Assert.Single(outcomes, o => o is null);
            var refused = Assert.Single(outcomes, o => o is not null)!;
            Assert.IsType<RequestRejectedException>(refused);
            Assert.Contains("would bring the line to 120%", refused.Message, StringComparison.Ordinal);

            var winner = (await alice.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!.ActiveLinks.Single(l => l.LineId == lineId);
            await alice.Withdraw.WithdrawAsync(ReuseStack.Code, winner.Id, "李策略", "next round", null, CancellationToken.None);
        }

        var state = (await bob.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!;
        Assert.Equal(10, state.Entries.Count(e => e.Action == ReuseLedgerAction.Confirmed));
        Assert.Equal(10, state.Entries.Count(e => e.Action == ReuseLedgerAction.Withdrawn));
        Assert.Equal(state.Entries.Select(e => e.Id).Order(), state.Entries.Select(e => e.Id));
        Assert.Empty(state.ActiveLinks);
        // Every confirmation's "before" is what the line had when it was appended: never a share someone else was adding.
        Assert.All(state.Entries.Where(e => e.Action == ReuseLedgerAction.Confirmed), e => Assert.Equal("0%", e.Before));
    }

    [Fact]
    public async Task Many_concurrent_quarter_shares_fill_a_line_to_exactly_100_percent()
    {
        using var alice = Stack("alice.lock");
        using var bob = Stack("bob.lock");
        await alice.RegisterAsync();

        var attempts = Enumerable.Range(0, 10).Select(i =>
        {
            var stack = i % 2 == 0 ? alice : bob;
            var request = new Application.Reuse.ConfirmReuseRequest(ReuseStack.Code, "tvc", FakeAssets.Tvc, null, i, i + 1, 0.25m, $"策略{i}");
            return Settle(Task.Run(() => stack.Confirm.ConfirmAsync(request, null, CancellationToken.None)));
        });
        var outcomes = await Task.WhenAll(attempts);

        var state = (await alice.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!;
        Assert.Equal(4, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), e => Assert.Contains("would bring the line to 125%", e!.Message, StringComparison.Ordinal));
        Assert.Equal(1m, state.ConfirmedShare("tvc"));
        Assert.Equal(4, state.Entries.Count(e => e.Action == ReuseLedgerAction.Confirmed));
        Assert.Equal(["0%", "25%", "50%", "75%"], state.Entries.Where(e => e.Action == ReuseLedgerAction.Confirmed).Select(e => e.Before));
    }

    private static async Task<Exception?> Settle(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
