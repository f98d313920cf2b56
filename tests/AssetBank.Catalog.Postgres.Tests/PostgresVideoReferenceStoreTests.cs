using AssetBank.Catalog.Contract;

namespace AssetBank.Catalog.Postgres.Tests;

public sealed class PostgresVideoReferenceStoreTests : VideoReferenceStoreContractTests
{
    protected override string? UnavailableReason => PostgresTestServer.UnavailableReason;

    protected override Task<CatalogUnderTest> CreateAsync() => PostgresCatalogUnderTest.CreateFreshAsync();
}
