namespace AssetBank.Cluster.Tests;

/// <summary>With <c>Catalog:Provider=Postgres</c> every part of the catalog lives in PostgreSQL: no embedded file appears.</summary>
[Collection(nameof(ClusterIngestTests))]
public sealed class PostgresOnlyBankTests
{
    [SkippableFact]
    public async Task A_day_of_work_on_a_postgres_bank_writes_every_table_there_and_creates_no_embedded_catalog()
    {
        await using var bank = await ClusterBank.CreateAsync();
        var data = Path.Combine(bank.Root, "data");

        await CatalogUseCases.RunAsync(bank.Bank, data);
        foreach (var read in CatalogUseCases.Reads)
        {
            await bank.Bank.RunOkAsync(read);
        }

        foreach (var table in CatalogUseCases.Tables)
        {
            Assert.True(await bank.CountAsync($"SELECT count(*) FROM {table}") > 0, $"table {table} is empty in PostgreSQL");
        }

        var embedded = Directory.EnumerateFiles(bank.Root, "*.db*", SearchOption.AllDirectories).ToList();
        Assert.True(embedded.Count == 0, "an embedded catalog was created: " + string.Join(", ", embedded));
    }
}
