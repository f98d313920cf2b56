using AssetBank.Application.Searching;
using AssetBank.Application.Writing;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.SavedSearches;
using AssetBank.Core.Search;

namespace AssetBank.Application.SavedSearches;

/// <summary>Saves a query with its filters under a name, lists them, and runs one again telling what is new since its last run.</summary>
public sealed class ManageSavedSearches(ISavedSearchStore store, SearchAssets search, IAssetReader assets, DataFolderWriterLock writerLock, TimeProvider time)
{
    /// <summary>Saves (or replaces, when the same person saved it) <paramref name="query"/> as <paramref name="name"/>.</summary>
    public async Task<SavedSearch> SaveAsync(string name, SearchQuery query, string who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(who))
        {
            throw new RequestRejectedException("--as", "用户名不能为空 (say who saves it, e.g. --as 李策略)");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            throw new RequestRejectedException("保存的检索 (saved search)", "名称为空或过长 (the name is empty or over 200 characters)");
        }

        if (string.IsNullOrWhiteSpace(query.Text) && query.Kinds.Count + query.Channels.Count + query.Clients.Count + query.Dimensions.Count == 0)
        {
            throw new RequestRejectedException($"保存的检索 {name.Trim()}", "查询与筛选都为空 (give a query or a filter)");
        }

        var saved = new SavedSearch { Name = name.Trim(), Owner = who.Trim(), Query = query with { Page = 1 }, SavedAt = time.GetUtcNow() };
        await using var session = await writerLock.AcquireAsync("searches save", waiting, cancellationToken);
        await store.SaveAsync(saved, previous =>
        {
            if (previous is not null && !string.Equals(previous.Owner, saved.Owner, StringComparison.OrdinalIgnoreCase))
            {
                throw new RequestRejectedException($"保存的检索 {saved.Name}", $"already saved by {previous.Owner}; choose another name");
            }
        }, cancellationToken);
        return saved;
    }

    public Task<IReadOnlyList<SavedSearch>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Runs the saved search; hits whose asset was first seen after the last run are new. The run's time is then recorded.</summary>
    public async Task<SavedSearchRun> RunAsync(string name, CancellationToken cancellationToken)
    {
        var saved = await store.GetAsync(name?.Trim() ?? string.Empty, cancellationToken)
            ?? throw new RequestRejectedException($"保存的检索 {name}", "没有该检索 (no saved search of this name; `assetbank searches list` shows them)");
        var startedAt = time.GetUtcNow();
        var outcome = await search.SearchAsync(saved.Query, cancellationToken);
        var since = saved.LastRunAt ?? saved.SavedAt;
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<long, DateTimeOffset?>();
        foreach (var hit in outcome.Results.Hits)
        {
            if (!firstSeen.TryGetValue(hit.AssetId, out var seen))
            {
                seen = (await assets.FindByIdAsync(hit.AssetId, cancellationToken))?.FirstSeen;
                firstSeen[hit.AssetId] = seen;
            }

            if (seen > since)
            {
                fresh.Add(hit.Id);
            }
        }

        // A run is a read: when another process holds the folder, its time is simply not kept rather than waited for.
        var recorded = false;
        await using (var session = await writerLock.TryAcquireAsync("searches run", cancellationToken))
        {
            if (session is not null)
            {
                await store.MarkRunAsync(saved.Name, startedAt, cancellationToken);
                recorded = true;
            }
        }

        return new SavedSearchRun(saved, outcome, since, fresh, recorded);
    }

    /// <summary>Deletes a saved search; only the person who saved it (or <paramref name="mayDeleteAny"/>: an administrator) may.</summary>
    public async Task DeleteAsync(string name, string who, bool mayDeleteAny, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        await using var session = await writerLock.AcquireAsync("searches delete", waiting, cancellationToken);
        var saved = await store.GetAsync(name?.Trim() ?? string.Empty, cancellationToken)
            ?? throw new RequestRejectedException($"保存的检索 {name}", "没有该检索 (no saved search of this name)");
        if (!mayDeleteAny && !string.Equals(saved.Owner, who, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotPermittedException($"保存的检索 {saved.Name}", $"只有保存者 {saved.Owner} 可以删除 (only {saved.Owner} may delete it)");
        }

        await store.DeleteAsync(saved.Name, cancellationToken);
    }
}
