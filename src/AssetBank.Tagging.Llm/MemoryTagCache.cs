using System.Collections.Concurrent;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>An in-process <see cref="ITagCache"/>; the catalog's SQLite cache replaces it in the app. Stops storing when full.</summary>
public sealed class MemoryTagCache : ITagCache
{
    private readonly ConcurrentDictionary<TagCacheKey, TagSet> _entries = new();
    private readonly int _capacity;

    public MemoryTagCache(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    public Task<TagSet?> GetAsync(TagCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(_entries.TryGetValue(key, out var tags) ? tags : null);
    }

    public Task SetAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tags);
        if (_entries.Count < _capacity || _entries.ContainsKey(key))
        {
            _entries[key] = tags;
        }

        return Task.CompletedTask;
    }
}
