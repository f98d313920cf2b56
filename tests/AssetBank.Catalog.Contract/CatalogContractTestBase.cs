using Xunit;

namespace AssetBank.Catalog.Contract;

/// <summary>
/// Builds a fresh catalog per test through the provider's <see cref="CreateAsync"/>. A provider whose server is not
/// configured reports every test as skipped with <see cref="UnavailableReason"/>; it never passes without running.
/// </summary>
public abstract class CatalogContractTestBase : IAsyncLifetime
{
    private CatalogUnderTest? _catalog;

    /// <summary>Null when the provider can run here; otherwise why not (shown as the skip reason).</summary>
    protected abstract string? UnavailableReason { get; }

    protected CatalogUnderTest Catalog
    {
        get
        {
            Skip.If(UnavailableReason is not null, UnavailableReason);
            return _catalog ?? throw new InvalidOperationException("The catalog is not built yet.");
        }
    }

    public async Task InitializeAsync()
    {
        if (UnavailableReason is null)
        {
            _catalog = await CreateAsync();
            await _catalog.Maintenance.InitializeAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_catalog is not null)
        {
            await _catalog.DisposeAsync();
        }
    }

    protected abstract Task<CatalogUnderTest> CreateAsync();
}
