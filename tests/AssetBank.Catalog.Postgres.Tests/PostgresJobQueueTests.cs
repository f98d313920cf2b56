using AssetBank.Catalog.Contract;

namespace AssetBank.Catalog.Postgres.Tests;

public sealed class PostgresJobQueueTests : JobQueueContractTests
{
    protected override string? UnavailableReason => PostgresTestServer.UnavailableReason;

    protected override Task<CatalogUnderTest> CreateAsync() => PostgresCatalogUnderTest.CreateFreshAsync();
}
