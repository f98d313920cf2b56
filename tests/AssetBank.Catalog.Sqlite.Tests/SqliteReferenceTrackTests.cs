using AssetBank.Catalog.Contract;

namespace AssetBank.Catalog.Sqlite.Tests;

public sealed class SqliteReferenceTrackTests : ReferenceTrackContractTests
{
    protected override string? UnavailableReason => null;

    protected override Task<CatalogUnderTest> CreateAsync() => Task.FromResult<CatalogUnderTest>(SqliteCatalogUnderTest.CreateFresh());
}
