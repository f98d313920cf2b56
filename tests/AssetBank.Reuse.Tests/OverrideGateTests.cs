using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;

namespace AssetBank.Reuse.Tests;

public sealed class OverrideGateTests : TempFolder
{
    [Fact]
    public async Task Leadership_overrides_a_blocked_project_and_the_ledger_keeps_who_in_which_role_and_why()
    {
        using var stack = Stack();
        await stack.RegisterAsync();

        var change = await stack.Override.OverrideAsync(ReuseStack.Code, "张总", "战略客户，首发档期不可延误", null, CancellationToken.None);

        Assert.Equal(GateOutcome.Overridden, change.Outcome);
        Assert.Equal("Blocked → Overridden", change.GateChange);
        Assert.Equal(("张总", "leadership", "战略客户，首发档期不可延误"), (change.Entry.Who, change.Entry.Role, change.Entry.Reason));
        Assert.Equal("Blocked at 0%", change.Entry.Before);
    }

    [Theory]
    [InlineData("李策略", "a role that may not override")]
    [InlineData("路人甲", "is not in Reuse:Approvers")]
    public async Task An_override_by_someone_who_may_not_override_is_refused_and_not_recorded(string approver, string expected)
    {
        using var stack = Stack();
        var before = await stack.RegisterAsync();

        var error = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.Override.OverrideAsync(ReuseStack.Code, approver, "赶档期", null, CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        var after = (await stack.Ledger.GetProjectAsync(ReuseStack.Code, CancellationToken.None))!;
        Assert.Equal(before.Entries.Count, after.Entries.Count);
        Assert.Equal(GateOutcome.Blocked, after.Outcome(0.30m));
    }

    [Fact]
    public async Task An_override_needs_a_reason_and_a_project_below_the_gate()
    {
        using var stack = Stack();
        await stack.RegisterAsync();
        var noReason = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.Override.OverrideAsync(ReuseStack.Code, "张总", " ", null, CancellationToken.None));
        await stack.ConfirmAsync("tvc", FakeAssets.Tvc, share: 0.5m);

        var passing = await Assert.ThrowsAsync<RequestRejectedException>(() => stack.Override.OverrideAsync(ReuseStack.Code, "张总", "以防万一", null, CancellationToken.None));

        Assert.Contains("needs a reason", noReason.Message, StringComparison.Ordinal);
        Assert.Contains("no override is needed", passing.Message, StringComparison.Ordinal);
    }
}
