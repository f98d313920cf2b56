using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Ingesting;

/// <summary>
/// Discovers objects (listing diffed against the catalog by key and ETag), runs the stages on each new or changed
/// object with bounded concurrency, and commits each item to the catalog in one transaction.
/// </summary>
/// <remarks>
/// Restartable by construction: discovery records new versions as pending before any work starts, each item is
/// committed on its own, and a later run picks up whatever is still pending. A crash loses at most the items in
/// flight, which are simply processed again.
/// </remarks>
public sealed class IngestionPipeline
{
    private const int DiscoveryBatchSize = 256;

    private readonly IObjectStore _store;
    private readonly IIngestionLedger _catalog;
    private readonly ICatalogMaintenance _maintenance;
    private readonly IReadOnlyList<IIngestionStage> _stages;
    private readonly List<IContentPrecheck> _prechecks;
    private readonly CatalogCommitFeed _feed;
    private readonly IngestionOptions _options;
    private readonly ILogger<IngestionPipeline> _logger;
    private readonly TimeProvider _time;

    public IngestionPipeline(
        IObjectStore store,
        IIngestionLedger catalog,
        ICatalogMaintenance maintenance,
        IEnumerable<IIngestionStage> stages,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        CatalogCommitFeed feed,
        IEnumerable<IContentPrecheck>? prechecks = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _catalog = catalog;
        _maintenance = maintenance;
        _stages = stages.OrderBy(s => s.Order).ToList();
        _prechecks = prechecks?.ToList() ?? [];
        _feed = feed;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public IReadOnlyList<IIngestionStage> Stages => _stages;

    public async Task<IngestionReport> RunAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _store.EnsureReadyAsync(cancellationToken);
        await _maintenance.InitializeAsync(cancellationToken);
        var workFolder = IngestionWorkFolders.Prepare(_options.WorkDirectory);
        var run = new IngestionRunState(progress, Stopwatch.StartNew());
        var retryFailed = request.RetryFailed ?? _options.RetryFailed;
        var queue = Channel.CreateBounded<StoredObject>(new BoundedChannelOptions(_options.MaxConcurrency * 4)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, _options.MaxConcurrency)
            .Select(_ => Task.Run(() => WorkAsync(queue.Reader, workFolder, run, linked, linked.Token), linked.Token))
            .ToList();
        var deleted = 0;
        try
        {
            deleted = request.Keys is null
                ? await DiscoverPrefixAsync(ObjectKeys.NormalizePrefix(request.Prefix), retryFailed, queue.Writer, run, linked.Token)
                : await DiscoverKeysAsync(request.Keys, retryFailed, queue.Writer, run, linked.Token);
            queue.Writer.Complete();
        }
        catch (Exception e)
        {
            queue.Writer.TryComplete(e);
            await linked.CancelAsync();
            await Task.WhenAll(workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
            IngestionWorkFolders.TryDelete(workFolder);
            // A worker's fatal error (a full disk, a broken catalog) is why discovery was cancelled: report that.
            if (run.Fatal is { } fatal)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fatal);
            }

            throw;
        }
        finally
        {
            run.ListingComplete = true;
            run.Report(null);
        }

        try
        {
            await Task.WhenAll(workers);
        }
        catch when (run.Fatal is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(run.Fatal);
        }
        finally
        {
            IngestionWorkFolders.TryDelete(workFolder);
            await _feed.PublishAsync(CancellationToken.None);
        }

        run.Clock.Stop();
        run.Report(null);
        return new IngestionReport(
            run.Listed,
            run.Unchanged,
            run.Processed,
            run.Failed,
            deleted,
            Interlocked.Read(ref run.Bytes),
            run.Clock.Elapsed,
            run.ByKind.ToDictionary(p => p.Key, p => p.Value),
            run.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).ToList())
        {
            TokensUsed = Interlocked.Read(ref run.Tokens),
            StageTimes = run.Stages.Snapshot(),
        };
    }

    private async Task<int> DiscoverPrefixAsync(string prefix, bool retryFailed, ChannelWriter<StoredObject> queue, IngestionRunState run, CancellationToken cancellationToken)
    {
        var known = await _catalog.GetVersionsAsync(prefix, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<StoredObject>(DiscoveryBatchSize);
        await foreach (var listed in _store.ListAsync(prefix, cancellationToken))
        {
            if (IsExcluded(listed.Key))
            {
                continue;
            }

            seen.Add(listed.Key);
            run.Listed++;
            var version = known.GetValueOrDefault(listed.Key);
            if (await RefusePoisonAsync(listed.Key, version, listed.ETag, run, cancellationToken))
            {
                continue;
            }

            if (NeedsWork(version, listed.ETag, retryFailed))
            {
                batch.Add(listed);
                if (batch.Count == DiscoveryBatchSize)
                {
                    await FlushAsync(batch, queue, run, cancellationToken);
                }
            }
            else
            {
                run.Unchanged++;
            }

            if (run.Listed % 100 == 0)
            {
                run.Report(null);
            }
        }

        await FlushAsync(batch, queue, run, cancellationToken);

        // Only a complete listing may conclude that an object is gone.
        var gone = known.Keys.Where(k => !seen.Contains(k) && !IsExcluded(k)).ToList();
        await MarkDeletedAsync(gone, cancellationToken);
        foreach (var key in gone)
        {
            _logger.LogInformation("Object {Key} is gone from the store; marked deleted", key);
        }

        return gone.Count;
    }

    private async Task<int> DiscoverKeysAsync(IReadOnlyList<string> keys, bool retryFailed, ChannelWriter<StoredObject> queue, IngestionRunState run, CancellationToken cancellationToken)
    {
        var gone = new List<string>();
        var batch = new List<StoredObject>();
        foreach (var raw in keys.Distinct(StringComparer.Ordinal))
        {
            string key;
            StoredObject? stat;
            try
            {
                key = ObjectKeys.Normalize(raw);
                if (IsExcluded(key))
                {
                    continue;
                }

                stat = await _store.StatAsync(key, cancellationToken);
            }
            catch (AssetBankException e) when (e is InvalidObjectKeyException or ObjectStoreException)
            {
                // One bad key (a link out of the store, a hostile name) is its own outcome, never the batch's end.
                await RecordRefusedKeyAsync(raw, e.Message, run, cancellationToken);
                continue;
            }

            var version = await _catalog.GetVersionAsync(key, cancellationToken);
            if (stat is null)
            {
                if (version is not null)
                {
                    gone.Add(key);
                }

                continue;
            }

            run.Listed++;
            if (await RefusePoisonAsync(key, version, stat.ETag, run, cancellationToken))
            {
                continue;
            }

            if (NeedsWork(version, stat.ETag, retryFailed))
            {
                batch.Add(stat);
            }
            else
            {
                run.Unchanged++;
            }
        }

        await FlushAsync(batch, queue, run, cancellationToken);
        await MarkDeletedAsync(gone, cancellationToken);
        return gone.Count;
    }

    /// <summary>
    /// An object version whose processing started <see cref="IngestionOptions.MaxAttempts"/> times without finishing has
    /// killed or hung the process each time (a poison pill): record it as failed instead of trying again.
    /// </summary>
    private async Task<bool> RefusePoisonAsync(string key, CatalogVersion? version, string etag, IngestionRunState run, CancellationToken cancellationToken)
    {
        if (version is not { Status: AssetStatus.Pending } || version.Attempts < _options.MaxAttempts
            || !string.Equals(version.ETag, etag, StringComparison.Ordinal))
        {
            return false;
        }

        var reason = $"stopped {version.Attempts} times while processing without finishing; last stage: {version.LastStage ?? "unknown"}; "
            + $"peak memory {version.PeakMemoryBytes / (1024 * 1024):N0} MB (Ingestion:MaxAttempts = {_options.MaxAttempts}); change the object or run with --retry-failed";
        _logger.LogWarning("Ingestion of {Key} gave up: {Reason}", key, reason);
        await _catalog.MarkFailedAsync(key, etag, reason, _time.GetUtcNow(), cancellationToken);
        run.Failures.Add(new IngestionFailure(key, reason));
        Interlocked.Increment(ref run.FailedCount);
        return true;
    }

    private async Task RecordRefusedKeyAsync(string raw, string reason, IngestionRunState run, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Ingestion of {Key} refused: {Reason}", raw, reason);
        if (raw.Length > 0 && raw.Length <= 4096)
        {
            await _catalog.MarkFailedAsync(raw, string.Empty, reason, _time.GetUtcNow(), cancellationToken);
        }

        run.Failures.Add(new IngestionFailure(raw, reason));
        Interlocked.Increment(ref run.FailedCount);
    }

    private static bool NeedsWork(CatalogVersion? known, string etag, bool retryFailed) =>
        known is null
        || !string.Equals(known.ETag, etag, StringComparison.Ordinal)
        || known.Status == AssetStatus.Pending
        || (known.Status == AssetStatus.Failed && retryFailed);

    private async Task FlushAsync(List<StoredObject> batch, ChannelWriter<StoredObject> queue, IngestionRunState run, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await _catalog.RecordDiscoveredAsync(batch, _time.GetUtcNow(), cancellationToken);
        foreach (var item in batch)
        {
            await queue.WriteAsync(item, cancellationToken);
            Interlocked.Increment(ref run.QueuedCount);
        }

        batch.Clear();
        run.Report(null);
    }

    private async Task WorkAsync(ChannelReader<StoredObject> queue, string workFolder, IngestionRunState run, CancellationTokenSource runCancellation, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var listed in queue.ReadAllAsync(cancellationToken))
            {
                await ProcessOneAsync(listed, workFolder, run, cancellationToken);
            }
        }
        catch (Exception e) when (e is StorageFullException or CatalogException)
        {
            // Every later item would fail the same way: stop the whole run, discovery included.
            Interlocked.CompareExchange(ref run.Fatal, e, null);
            await runCancellation.CancelAsync();
            throw;
        }
    }

    private async Task ProcessOneAsync(StoredObject listed, string workFolder, IngestionRunState run, CancellationToken cancellationToken)
    {
        var localPath = Path.Combine(workFolder, $"{Guid.NewGuid():N}.part");
        var etag = listed.ETag;
        var attempted = false;
        try
        {
            if (!string.Equals(ObjectKeys.Normalize(listed.Key), listed.Key, StringComparison.Ordinal))
            {
                throw new InvalidObjectKeyException(listed.Key, $"the key is not in normal form (it would read as '{ObjectKeys.Normalize(listed.Key)}'); rename the object");
            }

            var stat = await _store.StatAsync(listed.Key, cancellationToken);
            if (stat is null)
            {
                await MarkDeletedAsync([listed.Key], cancellationToken);
                return;
            }

            etag = stat.ETag;
            CheckSize(stat.Key, stat.Size);
            await _catalog.RecordAttemptAsync(stat.Key, "precheck", newAttempt: true, PeakMemory(), cancellationToken);
            attempted = true;
            await PrecheckAsync(stat, cancellationToken);
            await _catalog.RecordAttemptAsync(stat.Key, "copy", newAttempt: false, PeakMemory(), cancellationToken);
            var times = run.Stages.StartItem();
            var (bytes, sha256) = await SpoolAsync(stat.Key, localPath, cancellationToken);
            times.Mark("copy");
            var now = _time.GetUtcNow();
            var item = new IngestionWorkItem(stat, localPath, new Asset
            {
                Key = stat.Key,
                ETag = stat.ETag,
                Size = bytes,
                ContentSha256 = sha256,
                StoreLastModified = stat.LastModified,
                Status = AssetStatus.Pending,
                LastSeen = now,
                Metadata = AssetMetadata.FromUserMetadata(stat.Metadata),
                ExternalId = stat.Metadata.TryGetValue(MetadataKeys.ExternalId, out var externalId) && !string.IsNullOrWhiteSpace(externalId) ? externalId : null,
            });
            foreach (var stage in _stages)
            {
                await _catalog.RecordAttemptAsync(stat.Key, stage.Name, newAttempt: false, PeakMemory(), cancellationToken);
                item = await stage.ProcessAsync(item, cancellationToken);
                times.Mark(stage.Name);
            }

            var saved = await _catalog.SaveProcessedAsync(item.Asset with { ProcessedAt = _time.GetUtcNow() }, item.Derived, cancellationToken);
            times.Mark("commit");
            times.Close(saved.Kind);
            await _feed.PublishAsync(cancellationToken);
            Interlocked.Add(ref run.Bytes, bytes);
            Interlocked.Add(ref run.Tokens, item.Tags?.Usage.TotalTokens ?? 0);
            run.ByKind.AddOrUpdate(saved.Kind, 1, (_, n) => n + 1);
            Interlocked.Increment(ref run.ProcessedCount);
            run.Report(saved.Key);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (attempted)
            {
                await _catalog.ForgetAttemptAsync(listed.Key, CancellationToken.None);
            }

            throw;
        }
        catch (IOException e) when (StorageFullException.IsDiskFull(e))
        {
            throw new StorageFullException(workFolder, e);
        }
        catch (Exception e) when (e is not CatalogException and not StorageFullException)
        {
            var reason = e is AssetBankException ? e.Message : $"unexpected {e.GetType().Name} while processing '{listed.Key}': {e.Message}";
            if (e is AssetBankException)
            {
                _logger.LogWarning("Ingestion of {Key} failed: {Reason}", listed.Key, reason);
            }
            else
            {
                _logger.LogError(e, "Ingestion of {Key} failed unexpectedly", listed.Key);
            }

            await _catalog.MarkFailedAsync(listed.Key, etag, reason, _time.GetUtcNow(), cancellationToken);
            await _feed.PublishAsync(cancellationToken);
            run.Failures.Add(new IngestionFailure(listed.Key, reason));
            Interlocked.Increment(ref run.FailedCount);
            run.Report(listed.Key);
        }
        finally
        {
            File.Delete(localPath);
        }
    }

    /// <summary>Marks objects deleted in the catalog, then tells the subscribers.</summary>
    private async Task MarkDeletedAsync(List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await _catalog.MarkDeletedAsync(keys, _time.GetUtcNow(), cancellationToken);
        await _feed.PublishAsync(cancellationToken);
    }

    /// <summary>Reads the first bytes and lets each precheck refuse the object before it is copied.</summary>
    private async Task PrecheckAsync(StoredObject stat, CancellationToken cancellationToken)
    {
        if (_prechecks.Count == 0)
        {
            return;
        }

        var length = (int)Math.Min(_prechecks.Max(p => p.HeadLength), stat.Size);
        var head = new byte[length];
        var filled = 0;
        await using (var stream = await _store.OpenReadAsync(stat.Key, new ByteRange(0, length), cancellationToken))
        {
            int read;
            while (filled < length && (read = await stream.ReadAsync(head.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }
        }

        foreach (var precheck in _prechecks)
        {
            if (precheck.Check(stat.Key, head.AsSpan(0, filled), stat.Size) is { } refusal)
            {
                throw new ContentRejectedException(stat.Key, refusal);
            }
        }
    }

    private static long PeakMemory()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    private void CheckSize(string key, long size)
    {
        if (size == 0)
        {
            throw new ContentRejectedException(key, "empty object (0 bytes)");
        }

        if (size > _options.MaxObjectBytes)
        {
            throw new ContentRejectedException(key, $"object is {size:N0} bytes, over the limit of {_options.MaxObjectBytes:N0} bytes (Ingestion:MaxObjectBytes)");
        }
    }

    /// <summary>Copies the object to a local file, hashing on the way and enforcing the size limit on actual bytes.</summary>
    private async Task<(long Bytes, string Sha256)> SpoolAsync(string key, string localPath, CancellationToken cancellationToken)
    {
        await using var source = await _store.OpenReadAsync(key, null, cancellationToken);
        await using var target = new FileStream(localPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > _options.MaxObjectBytes)
            {
                throw new ContentRejectedException(key, $"object grew past the limit of {_options.MaxObjectBytes:N0} bytes while being read (Ingestion:MaxObjectBytes)");
            }

            sha.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        if (total == 0)
        {
            throw new ContentRejectedException(key, "empty object (0 bytes)");
        }

        return (total, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private bool IsExcluded(string key) =>
        _options.ExcludedPrefixes.Any(p => p.Length > 0 && key.StartsWith(p, StringComparison.Ordinal));
}
