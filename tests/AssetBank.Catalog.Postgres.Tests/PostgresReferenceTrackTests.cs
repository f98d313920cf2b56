using AssetBank.Catalog.Contract;

namespace AssetBank.Catalog.Postgres.Tests;

public sealed class PostgresReferenceTrackTests : ReferenceTrackContractTests
{
    protected override string? UnavailableReason => PostgresTestServer.UnavailableReason;

    protected override Task<CatalogUnderTest> CreateAsync() => PostgresCatalogUnderTest.CreateFreshAsync();
}
