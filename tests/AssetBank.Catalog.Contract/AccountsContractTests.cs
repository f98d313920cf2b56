using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Local accounts and the append-only audit trail, on every provider.</summary>
public abstract class AccountsContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task An_account_round_trips_every_field_and_is_found_without_case()
    {
        var account = Account("Wang") with
        {
            Disabled = true,
            FailedSignIns = 3,
            LockedUntil = T0.AddMinutes(15),
            LastSignInAt = T0.AddDays(-1),
        };
        await Catalog.Accounts.AddAsync(account, CancellationToken.None);

        Assert.Equal(account, await Catalog.Accounts.FindAsync("wANG", CancellationToken.None));
        Assert.Null(await Catalog.Accounts.FindAsync("li", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_name_taken_in_another_case_is_refused()
    {
        await Catalog.Accounts.AddAsync(Account("wang"), CancellationToken.None);

        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Accounts.AddAsync(Account("WANG"), CancellationToken.None));
        Assert.Equal(1, await Catalog.Accounts.CountAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Of_concurrent_adds_of_one_name_exactly_one_succeeds()
    {
        var adds = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await Catalog.Accounts.AddAsync(Account(i % 2 == 0 ? "zhao" : "ZHAO"), CancellationToken.None);
                return true;
            }
            catch (RequestRejectedException)
            {
                return false;
            }
        }));

        Assert.Equal(1, (await Task.WhenAll(adds)).Count(added => added));
        Assert.Equal(1, await Catalog.Accounts.CountAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task An_update_replaces_the_stored_account_and_an_unknown_one_is_refused()
    {
        await Catalog.Accounts.AddAsync(Account("wang"), CancellationToken.None);
        var updated = Account("wang") with { Role = UserRole.Admin, PasswordHash = "new-hash", FailedSignIns = 0, LastSignInAt = T0.AddHours(3) };

        await Catalog.Accounts.UpdateAsync(updated, CancellationToken.None);

        Assert.Equal(updated, await Catalog.Accounts.FindAsync("wang", CancellationToken.None));
        await Assert.ThrowsAsync<RequestRejectedException>(() => Catalog.Accounts.UpdateAsync(Account("li"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task Accounts_are_listed_by_name_without_case()
    {
        foreach (var name in new[] { "zhao", "Li", "wang" })
        {
            await Catalog.Accounts.AddAsync(Account(name), CancellationToken.None);
        }

        var names = (await Catalog.Accounts.ListAsync(CancellationToken.None)).Select(a => a.Name);

        Assert.Equal(["Li", "wang", "zhao"], names);
    }

    [SkippableFact]
    public async Task The_audit_trail_lists_newest_first_by_person_and_one_action_oldest_first_from_a_time()
    {
        await Catalog.Audit.AppendAsync(new AuditEntry(T0, "wang", "collection.create", "素材篮 夜醒", "ok", null), CancellationToken.None);
        await Catalog.Audit.AppendAsync(new AuditEntry(T0.AddMinutes(1), "li", "reuse.blocked-by-rights", "BB-1 L1", "refused", "expired"), CancellationToken.None);
        await Catalog.Audit.AppendAsync(new AuditEntry(T0.AddMinutes(2), "wang", "reuse.blocked-by-rights", "BB-1 L2", "refused", null), CancellationToken.None);

        var newest = await Catalog.Audit.ListAsync(2, null, CancellationToken.None);
        var wang = await Catalog.Audit.ListAsync(10, "wang", CancellationToken.None);
        var blocked = await Catalog.Audit.ListActionAsync("reuse.blocked-by-rights", null, CancellationToken.None);
        var blockedLater = await Catalog.Audit.ListActionAsync("reuse.blocked-by-rights", T0.AddMinutes(2), CancellationToken.None);

        Assert.Equal(["BB-1 L2", "BB-1 L1"], newest.Select(e => e.Target));
        Assert.Equal(["BB-1 L2", "素材篮 夜醒"], wang.Select(e => e.Target));
        Assert.Equal(["BB-1 L1", "BB-1 L2"], blocked.Select(e => e.Target));
        Assert.Equal(new AuditEntry(T0.AddMinutes(1), "li", "reuse.blocked-by-rights", "BB-1 L1", "refused", "expired") { Id = blocked[0].Id }, blocked[0]);
        Assert.Equal("BB-1 L2", Assert.Single(blockedLater).Target);
    }

    [SkippableFact]
    public async Task Concurrent_audit_entries_are_all_kept_with_distinct_ids()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Catalog.Audit.AppendAsync(new AuditEntry(T0, $"p{i}", "search.run", null, "ok", null), CancellationToken.None))));

        var entries = await Catalog.Audit.ListAsync(100, null, CancellationToken.None);

        Assert.Equal(20, entries.Count);
        Assert.Equal(20, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(20, entries.Select(e => e.Who).Distinct().Count());
    }

    [SkippableFact]
    public async Task The_audit_trail_refuses_updates_and_deletes_behind_the_seam()
    {
        await Catalog.Audit.AppendAsync(new AuditEntry(T0, "wang", "user.add", "li", "ok", null), CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => Catalog.ExecuteRawAsync("UPDATE audit_log SET outcome = 'refused';"));
        await Assert.ThrowsAnyAsync<Exception>(() => Catalog.ExecuteRawAsync("DELETE FROM audit_log;"));

        Assert.Equal("ok", Assert.Single(await Catalog.Audit.ListAsync(10, null, CancellationToken.None)).Outcome);
    }

    private static UserAccount Account(string name) => new()
    {
        Name = name,
        DisplayName = "显示 " + name,
        Role = UserRole.Producer,
        PasswordHash = "pbkdf2$hash",
        CreatedAt = T0,
    };
}
