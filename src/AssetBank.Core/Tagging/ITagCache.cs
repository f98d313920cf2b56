namespace AssetBank.Core.Tagging;

/// <summary>Remembers tag sets so re-ingesting unchanged content costs no model calls. Fallback results are never stored.</summary>
public interface ITagCache
{
    Task<TagSet?> GetAsync(TagCacheKey key, CancellationToken cancellationToken);

    Task SetAsync(TagCacheKey key, TagSet tags, CancellationToken cancellationToken);
}
