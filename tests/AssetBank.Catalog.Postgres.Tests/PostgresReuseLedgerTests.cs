using AssetBank.Catalog.Contract;

namespace AssetBank.Catalog.Postgres.Tests;

public sealed class PostgresReuseLedgerTests : ReuseLedgerContractTests
{
    protected override string? UnavailableReason => PostgresTestServer.UnavailableReason;

    protected override Task<CatalogUnderTest> CreateAsync() => PostgresCatalogUnderTest.CreateFreshAsync();
}
