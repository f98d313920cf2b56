using System.Globalization;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using AssetBank.Core.Rights;
using AssetBank.Core.Search;

namespace AssetBank.Application.Searching;

/// <summary>
/// Searches the bank. Before answering it makes sure the index is current: when the index is behind the catalog (a
/// crashed run) or must be rebuilt, and no other process is writing, it catches up first; when another process is
/// writing, it answers with what is there and says by how much it lags. A read never moves or deletes index files.
/// </summary>
public sealed class SearchAssets(ISearchIndex index, SearchIndexSync sync, DataFolderWriterLock writerLock, TimeProvider time)
{
    public async Task<SearchOutcome> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        query = SearchFilterValues.Normalize(query) with { UsableOn = query.UsableOn ?? today };
        query = UsableFilter(query);
        await index.RefreshAsync(cancellationToken);
        var caughtUp = await CatchUpIfIdleAsync(force: false, cancellationToken);
        SearchResults results;
        try
        {
            results = await index.SearchAsync(query, cancellationToken);
        }
        catch (SearchIndexCorruptException)
        {
            // Found damaged while searching: rebuild from the catalog if nobody else is writing, then answer.
            caughtUp = await CatchUpIfIdleAsync(force: true, cancellationToken)
                ?? throw new SearchIndexException(writerLock.Folder, $"the search index is damaged and {writerLock.DescribeHolder()} is writing; it is rebuilt at the next write, or run `assetbank reindex`");
            results = await index.SearchAsync(query, cancellationToken);
        }

        long? withoutRights = null;
        if (query.UsableFor is not null || query.UsableIn is not null)
        {
            // The rights facet: how many would match without the "usable now" filter (usable N of M).
            withoutRights = (await index.SearchAsync(query with { UsableFor = null, UsableIn = null, PageSize = 1, IncludeFacets = false, IncludeSnippets = false }, cancellationToken)).TotalHits;
        }

        return new SearchOutcome(results, await sync.LagAsync(cancellationToken), caughtUp) { Today = query.UsableOn ?? today, MatchingWithoutRightsFilter = withoutRights };
    }

    /// <summary>Reads the medium and territory of "usable now" as people write them (抖音, 中国大陆, global), rejecting unknown ones.</summary>
    private static SearchQuery UsableFilter(SearchQuery query)
    {
        string? Resolve(string? text, IReadOnlyList<RightsTerm> vocabulary, string option, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return vocabulary.FirstOrDefault(t => t.Matches(text))?.Id
                ?? throw new RequestRejectedException($"{option} '{text}'", $"不认识的{what} (unknown); 可用 (valid): {string.Join("、", vocabulary.Select(t => t.Chinese))}");
        }

        return query with
        {
            UsableFor = Resolve(query.UsableFor, RightsVocabulary.Media, "--usable-for", "媒介"),
            UsableIn = Resolve(query.UsableIn, RightsVocabulary.Territories, "--territory", "地域"),
        };
    }

    private async Task<string?> CatchUpIfIdleAsync(bool force, CancellationToken cancellationToken)
    {
        var lag = await sync.LagAsync(cancellationToken);
        if (!force && lag == 0 && !index.State.NeedsRebuild)
        {
            return null;
        }

        await using var session = await writerLock.TryAcquireAsync("search catch-up", cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (force || index.State.NeedsRebuild)
        {
            var reason = index.State.Reason ?? "the index could not be read";
            await sync.RebuildAsync(null, cancellationToken);
            return $"索引已从资产库重建 (rebuilt from the catalog): {reason}";
        }

        await sync.CatchUpAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"索引已补齐 {lag} 项变更 (caught up with {lag} catalog changes)");
    }
}
