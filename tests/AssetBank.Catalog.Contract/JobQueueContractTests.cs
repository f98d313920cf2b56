using AssetBank.Core.Assets;
using AssetBank.Core.Jobs;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>The ingestion job queue on every provider: priorities, leases, the fence, the attempt limit, status.</summary>
public abstract class JobQueueContractTests : CatalogContractTestBase
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);

    private IIngestionJobs Jobs => Catalog.Jobs;

    [SkippableFact]
    public async Task Claims_take_the_highest_priority_first_then_the_oldest_and_a_key_is_queued_once_while_queued_or_running()
    {
        Assert.Equal(3, await Jobs.EnqueueAsync(["a/1.mp4", "a/2.mp4", "a/3.mp4"], 0, 3, CancellationToken.None));
        Assert.Equal(1, await Jobs.EnqueueAsync(["u/fresh.png", "a/2.mp4"], 10, 3, CancellationToken.None));

        var first = await Jobs.ClaimAsync("w1", 2, LongLease, CancellationToken.None);
        Assert.Equal(0, await Jobs.EnqueueAsync(["u/fresh.png"], 10, 3, CancellationToken.None));
        var rest = await Jobs.ClaimAsync("w1", 5, LongLease, CancellationToken.None);

        Assert.Equal(new[] { "a/1.mp4", "u/fresh.png" }, first.Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "a/2.mp4", "a/3.mp4" }, rest.Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.All(first.Concat(rest), l => Assert.Equal((1, "w1"), (l.Attempt, l.Worker)));
        Assert.True(await Jobs.FinishAsync(first.Single(l => l.Key == "u/fresh.png"), CancellationToken.None));
        Assert.Equal(1, await Jobs.EnqueueAsync(["u/fresh.png"], 10, 3, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_lease_that_ran_out_is_claimed_again_as_attempt_2_and_the_late_holder_writes_nothing()
    {
        await Jobs.EnqueueAsync(["v/clip.mp4"], 0, 3, CancellationToken.None);
        var lost = (await Jobs.ClaimAsync("frozen", 1, TimeSpan.Zero, CancellationToken.None)).Single();
        await using var other = Catalog.OpenAgain();
        var again = await ClaimOnceExpiredAsync(other, "live");

        Assert.Equal((2, "live"), (again.Attempt, again.Worker));
        Assert.False(await Jobs.HoldsAsync(lost, CancellationToken.None));
        Assert.False(await Jobs.RenewAsync(lost, LongLease, CancellationToken.None));
        Assert.Null(await Jobs.CommitAsync(lost, ProcessedVideo("v/clip.mp4", "late"), Text("late"), CancellationToken.None));
        Assert.False(await Jobs.FailAsync(lost, "late", "late failure", T0, CancellationToken.None));
        Assert.False(await Jobs.FinishAsync(lost, CancellationToken.None));
        Assert.Null(await Catalog.Reader.FindByKeyAsync("v/clip.mp4", CancellationToken.None));

        Assert.True(await Jobs.HoldsAsync(again, CancellationToken.None));
        Assert.True(await Jobs.RenewAsync(again, LongLease, CancellationToken.None));
        var saved = await Jobs.CommitAsync(again, ProcessedVideo("v/clip.mp4", "e2"), Text("on time"), CancellationToken.None);
        Assert.Equal("e2", saved?.ETag);
        Assert.False(await Jobs.HoldsAsync(again, CancellationToken.None));
        var status = await Jobs.GetStatusAsync(CancellationToken.None);
        Assert.Equal(new[] { new JobStateCount("done", 0, 1) }, status.Counts);
        Assert.Empty(status.Workers);
    }

    [SkippableFact]
    public async Task A_job_whose_last_attempt_lost_its_worker_is_parked_as_failed_with_the_reason_and_its_version_marked_failed()
    {
        await Jobs.EnqueueAsync(["v/stuck.mp4"], 0, 1, CancellationToken.None);
        var stuck = (await Jobs.ClaimAsync("gone", 1, TimeSpan.Zero, CancellationToken.None)).Single();

        var status = await ClaimUntilParkedAsync(Catalog, "live");

        var parked = Assert.Single(status.RecentlyParked);
        Assert.Equal((stuck.Key, 1), (parked.Key, parked.Attempts));
        Assert.Contains("gone", parked.Reason, StringComparison.Ordinal);
        Assert.Equal(new[] { new JobStateCount("failed", 0, 1) }, status.Counts);
        Assert.Equal(AssetStatus.Failed, (await Catalog.Ledger.GetVersionAsync("v/stuck.mp4", CancellationToken.None))?.Status);
        Assert.Equal(1, await Jobs.EnqueueAsync(["v/stuck.mp4"], 0, 1, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_released_job_is_queued_again_until_its_attempts_run_out_then_parked_with_the_reason()
    {
        await Jobs.EnqueueAsync(["i/a.png"], 0, 2, CancellationToken.None);
        var first = (await Jobs.ClaimAsync("w1", 1, LongLease, CancellationToken.None)).Single();
        await Jobs.ReleaseAsync(first, "store unreachable", CancellationToken.None);
        var second = (await Jobs.ClaimAsync("w2", 1, LongLease, CancellationToken.None)).Single();
        await Jobs.ReleaseAsync(second, "store unreachable again", CancellationToken.None);

        Assert.Equal(2, second.Attempt);
        Assert.Empty(await Jobs.ClaimAsync("w3", 1, LongLease, CancellationToken.None));
        var parked = Assert.Single((await Jobs.GetStatusAsync(CancellationToken.None)).RecentlyParked);
        Assert.Equal("gave up after 2 attempts: store unreachable again", parked.Reason);
    }

    [SkippableFact]
    public async Task A_failed_run_parks_the_job_and_marks_the_version_failed_in_one_step()
    {
        await Jobs.EnqueueAsync(["d/broken.pdf"], 0, 3, CancellationToken.None);
        var lease = (await Jobs.ClaimAsync("w1", 1, LongLease, CancellationToken.None)).Single();

        Assert.True(await Jobs.FailAsync(lease, "e1", "not a PDF", T0, CancellationToken.None));

        var parked = Assert.Single((await Jobs.GetStatusAsync(CancellationToken.None)).RecentlyParked);
        Assert.Equal(("d/broken.pdf", "not a PDF"), (parked.Key, parked.Reason));
        var version = await Catalog.Ledger.GetVersionAsync("d/broken.pdf", CancellationToken.None);
        Assert.Equal(("e1", AssetStatus.Failed), (version?.ETag, version?.Status));
    }

    [SkippableFact]
    public async Task Status_counts_jobs_by_state_and_priority_and_lists_each_workers_leases()
    {
        await Jobs.EnqueueAsync(["a/1", "a/2", "a/3"], 0, 3, CancellationToken.None);
        await Jobs.EnqueueAsync(["u/1"], 10, 3, CancellationToken.None);
        await Jobs.ClaimAsync("w1", 2, LongLease, CancellationToken.None);
        await Jobs.ClaimAsync("w2", 1, LongLease, CancellationToken.None);

        var status = await Jobs.GetStatusAsync(CancellationToken.None);

        Assert.Equal(
            new[] { new JobStateCount("queued", 0, 1), new JobStateCount("running", 10, 1), new JobStateCount("running", 0, 2) },
            status.Counts);
        Assert.Equal(new[] { ("w1", 2), ("w2", 1) }, status.Workers.Select(w => (w.Worker, w.Jobs)));
        Assert.NotNull(status.OldestQueuedAt);
        Assert.Equal((0, 0), (status.DoneLastMinute, status.DoneLastHour));
    }

    [SkippableFact]
    public async Task Workers_claiming_at_once_from_two_instances_never_get_the_same_job()
    {
        var keys = Enumerable.Range(0, 40).Select(i => $"i/{i:D2}.png").ToList();
        await Jobs.EnqueueAsync(keys, 0, 3, CancellationToken.None);
        await using var other = Catalog.OpenAgain();
        var queues = new[] { Jobs, other.Jobs };

        var claimed = await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await queues[w % 2].ClaimAsync($"w{w}", 3, LongLease, CancellationToken.None);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(l => l.Key));
            }
        }));

        var all = claimed.SelectMany(k => k).ToList();
        Assert.Equal(keys, all.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_slots_claim_takes_images_of_the_head_jobs_priority_in_a_batch_and_anything_else_alone()
    {
        await Jobs.EnqueueAsync(["a/1.mp4", "a/2.MOV", "i/1.png", "i/2.JPG", "i/3.webp", "i/4.jpeg", "i/5.png", "d/brief.pdf"], 0, 3, CancellationToken.None);
        await Jobs.EnqueueAsync(["u/fresh.png"], 10, 3, CancellationToken.None);

        var claims = new List<string[]>();
        while (await Jobs.ClaimNextAsync("w1", 3, LongLease, CancellationToken.None) is { Count: > 0 } claim)
        {
            Assert.All(claim, l => Assert.Equal((1, "w1"), (l.Attempt, l.Worker)));
            claims.Add(claim.Select(l => l.Key).ToArray());
        }

        Assert.Equal(
            new[] { "u/fresh.png", "a/1.mp4", "a/2.MOV", "i/1.png,i/2.JPG,i/3.webp", "i/4.jpeg,i/5.png", "d/brief.pdf" },
            claims.Select(c => string.Join(',', c)));
        Assert.Equal(new[] { ("w1", 9) }, (await Jobs.GetStatusAsync(CancellationToken.None)).Workers.Select(w => (w.Worker, w.Jobs)));
    }

    [SkippableFact]
    public async Task An_unstarted_job_given_back_is_queued_again_without_using_an_attempt_and_a_stale_lease_cannot_give_it_back()
    {
        await Jobs.EnqueueAsync(["i/1.png", "i/2.png"], 0, 1, CancellationToken.None);
        var batch = await Jobs.ClaimNextAsync("w1", 8, LongLease, CancellationToken.None);
        Assert.Equal(2, batch.Count);

        Assert.True(await Jobs.ReturnUnstartedAsync(batch[1], CancellationToken.None));
        Assert.False(await Jobs.ReturnUnstartedAsync(batch[1], CancellationToken.None));
        Assert.False(await Jobs.HoldsAsync(batch[1], CancellationToken.None));
        var again = Assert.Single(await Jobs.ClaimNextAsync("w2", 8, LongLease, CancellationToken.None));

        Assert.Equal(("i/2.png", 1, "w2"), (again.Key, again.Attempt, again.Worker));
        Assert.True(await Jobs.HoldsAsync(batch[0], CancellationToken.None));
    }

    /// <summary>Claims until the zero-length lease taken just before has run out on the provider's clock (a hang guard, no time assertion).</summary>
    private static async Task<JobLease> ClaimOnceExpiredAsync(CatalogUnderTest catalog, string worker)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            var claimed = await catalog.Jobs.ClaimAsync(worker, 1, LongLease, guard.Token);
            if (claimed.Count > 0)
            {
                return claimed.Single();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), guard.Token);
        }
    }

    /// <summary>Asks for work until the expired last attempt has been parked; a parked job is never handed out.</summary>
    private static async Task<JobQueueStatus> ClaimUntilParkedAsync(CatalogUnderTest catalog, string worker)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            Assert.Empty(await catalog.Jobs.ClaimAsync(worker, 1, LongLease, guard.Token));
            var status = await catalog.Jobs.GetStatusAsync(guard.Token);
            if (status.RecentlyParked.Count > 0)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), guard.Token);
        }
    }
}
