namespace AssetBank.Workflow.Tests;

/// <summary>A test class with a fresh bank per test.</summary>
public abstract class BankTest : IAsyncLifetime
{
    protected WorkflowBank Bank { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Bank = WorkflowBank.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Bank.DisposeAsync();
}
