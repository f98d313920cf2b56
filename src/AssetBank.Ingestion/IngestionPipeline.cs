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

namespace AssetBank.Ingestion;

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
    private readonly IAssetCatalog _catalog;
    private readonly IReadOnlyList<IIngestionStage> _stages;
    private readonly IReadOnlyList<IAssetCommitObserver> _observers;
    private readonly IngestionOptions _options;
    private readonly ILogger<IngestionPipeline> _logger;
    private readonly TimeProvider _time;

    public IngestionPipeline(
        IObjectStore store,
        IAssetCatalog catalog,
        IEnumerable<IIngestionStage> stages,
        IOptions<IngestionOptions> options,
        ILogger<IngestionPipeline> logger,
        IEnumerable<IAssetCommitObserver>? observers = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _catalog = catalog;
        _stages = stages.OrderBy(s => s.Order).ToList();
        _observers = observers?.ToList() ?? [];
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public IReadOnlyList<IIngestionStage> Stages => _stages;

    public async Task<IngestionReport> RunAsync(IngestionRequest request, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _store.EnsureReadyAsync(cancellationToken);
        await _catalog.InitializeAsync(cancellationToken);
        var workFolder = PrepareWorkFolder();
        var run = new RunState(progress, Stopwatch.StartNew());
        var retryFailed = request.RetryFailed ?? _options.RetryFailed;
        var queue = Channel.CreateBounded<StoredObject>(new BoundedChannelOptions(_options.MaxConcurrency * 4)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, _options.MaxConcurrency)
            .Select(_ => Task.Run(() => WorkAsync(queue.Reader, workFolder, run, linked.Token), linked.Token))
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
        finally
        {
            TryDelete(workFolder);
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
        };
    }

    private async Task<int> DiscoverPrefixAsync(string prefix, bool retryFailed, ChannelWriter<StoredObject> queue, RunState run, CancellationToken cancellationToken)
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
            if (NeedsWork(known.GetValueOrDefault(listed.Key), listed.ETag, retryFailed))
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

    private async Task<int> DiscoverKeysAsync(IReadOnlyList<string> keys, bool retryFailed, ChannelWriter<StoredObject> queue, RunState run, CancellationToken cancellationToken)
    {
        var gone = new List<string>();
        var batch = new List<StoredObject>();
        foreach (var raw in keys.Distinct(StringComparer.Ordinal))
        {
            var key = ObjectKeys.Normalize(raw);
            if (IsExcluded(key))
            {
                continue;
            }

            var stat = await _store.StatAsync(key, cancellationToken);
            var known = await _catalog.FindByKeyAsync(key, cancellationToken);
            if (stat is null)
            {
                if (known is not null && known.Status != AssetStatus.Deleted)
                {
                    gone.Add(key);
                }

                continue;
            }

            run.Listed++;
            var version = known is null || known.Status == AssetStatus.Deleted ? null : new CatalogVersion(known.ETag, known.Status);
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

    private static bool NeedsWork(CatalogVersion? known, string etag, bool retryFailed) =>
        known is null
        || !string.Equals(known.ETag, etag, StringComparison.Ordinal)
        || known.Status == AssetStatus.Pending
        || (known.Status == AssetStatus.Failed && retryFailed);

    private async Task FlushAsync(List<StoredObject> batch, ChannelWriter<StoredObject> queue, RunState run, CancellationToken cancellationToken)
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

    private async Task WorkAsync(ChannelReader<StoredObject> queue, string workFolder, RunState run, CancellationToken cancellationToken)
    {
        await foreach (var listed in queue.ReadAllAsync(cancellationToken))
        {
            await ProcessOneAsync(listed, workFolder, run, cancellationToken);
        }
    }

    private async Task ProcessOneAsync(StoredObject listed, string workFolder, RunState run, CancellationToken cancellationToken)
    {
        var localPath = Path.Combine(workFolder, $"{Guid.NewGuid():N}.part");
        var etag = listed.ETag;
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
            var (bytes, sha256) = await SpoolAsync(stat.Key, localPath, cancellationToken);
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
                item = await stage.ProcessAsync(item, cancellationToken);
            }

            var saved = await _catalog.SaveProcessedAsync(item.Asset with { ProcessedAt = _time.GetUtcNow() }, item.Derived, cancellationToken);
            await NotifyAsync(o => o.OnProcessedAsync(saved, item.Derived, cancellationToken), saved.Key);
            Interlocked.Add(ref run.Bytes, bytes);
            Interlocked.Add(ref run.Tokens, item.Tags?.Usage.TotalTokens ?? 0);
            run.ByKind.AddOrUpdate(saved.Kind, 1, (_, n) => n + 1);
            Interlocked.Increment(ref run.ProcessedCount);
            run.Report(saved.Key);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not CatalogException)
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
            run.Failures.Add(new IngestionFailure(listed.Key, reason));
            Interlocked.Increment(ref run.FailedCount);
            run.Report(listed.Key);
        }
        finally
        {
            File.Delete(localPath);
        }
    }

    /// <summary>Marks objects deleted in the catalog, then tells the observers.</summary>
    private async Task MarkDeletedAsync(List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await _catalog.MarkDeletedAsync(keys, _time.GetUtcNow(), cancellationToken);
        await NotifyAsync(o => o.OnDeletedAsync(keys, cancellationToken), keys[0]);
    }

    private async Task NotifyAsync(Func<IAssetCommitObserver, Task> notify, string key)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await notify(observer);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "{Observer} failed after {Key} was committed; rebuild it from the catalog", observer.GetType().Name, key);
            }
        }
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

    /// <summary>A work folder per process; folders left by killed processes are removed.</summary>
    private string PrepareWorkFolder()
    {
        var root = Path.Combine(string.IsNullOrWhiteSpace(_options.WorkDirectory) ? Path.GetTempPath() : _options.WorkDirectory, "assetbank-work");
        Directory.CreateDirectory(root);
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(folder).Split('-')[0], out var pid) && !ProcessIsAlive(pid))
            {
                TryDelete(folder);
            }
        }

        var mine = Path.Combine(root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(mine);
        return mine;
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's clean-up.
        }
    }

    private sealed class RunState(IProgress<IngestionProgress>? progress, Stopwatch clock)
    {
        public int Listed;
        public int Unchanged;
        public int QueuedCount;
        public int ProcessedCount;
        public int FailedCount;
        public long Bytes;
        public long Tokens;
        public volatile bool ListingComplete;

        public Stopwatch Clock { get; } = clock;

        public ConcurrentDictionary<AssetKind, int> ByKind { get; } = new();

        public ConcurrentBag<IngestionFailure> Failures { get; } = [];

        public int Processed => Volatile.Read(ref ProcessedCount);

        public int Failed => Volatile.Read(ref FailedCount);

        public void Report(string? currentKey) =>
            progress?.Report(new IngestionProgress(
                Volatile.Read(ref Listed),
                Volatile.Read(ref QueuedCount),
                Processed,
                Failed,
                Interlocked.Read(ref Bytes),
                ListingComplete,
                Clock.Elapsed,
                currentKey));
    }
}
