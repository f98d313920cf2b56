using System.Security.Cryptography;
using System.Text;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;

namespace AssetBank.Application.Collections;

/// <summary>Lists and shows collections to the people they are shared with, and to holders of a live link.</summary>
public sealed class CollectionQueries(ICollectionStore store, TimeProvider time)
{
    /// <summary>The collections <paramref name="who"/> owns or that are shared with them.</summary>
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(string who, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        return (await store.ListAsync(cancellationToken)).Where(c => c.IsVisibleTo(person)).ToList();
    }

    /// <summary>The names of the collections <paramref name="who"/> may add items to: their own and those shared editable.</summary>
    public async Task<IReadOnlyList<string>> ListEditableAsync(string who, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        return (await store.ListAsync(cancellationToken))
            .Where(c => string.Equals(c.Owner, person, StringComparison.OrdinalIgnoreCase)
                || c.Shares.Any(s => s.Access >= CollectionAccess.Edit && string.Equals(s.UserName, person, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.Name)
            .ToList();
    }

    public async Task<CollectionState> ShowAsync(string name, string who, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        var collection = await FindAsync(store, name, cancellationToken);
        CollectionRules.Require(collection, person, CollectionAccess.Read);
        return collection;
    }

    /// <summary>The collection behind a share link, read-only; refused once the link has expired.</summary>
    public async Task<CollectionState> OpenLinkAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new RequestRejectedException("链接 (link)", "the token is empty");
        }

        var link = await store.FindLinkAsync(HashToken(token.Trim()), cancellationToken)
            ?? throw new RequestRejectedException("链接 (link)", "无效的分享链接 (no share link with this token)");
        if (time.GetUtcNow() >= link.ExpiresAt)
        {
            throw new RequestRejectedException("链接 (link)", $"分享链接已于 {link.ExpiresAt:yyyy-MM-dd HH:mm} UTC 过期 (this share link expired; ask {link.CreatedBy} for a new one)");
        }

        return await store.GetByIdAsync(link.CollectionId, cancellationToken)
            ?? throw new RequestRejectedException("链接 (link)", "the collection behind this link was removed");
    }

    internal static async Task<CollectionState> FindAsync(ICollectionStore store, string name, CancellationToken cancellationToken) =>
        await store.GetAsync(CollectionRules.Name(name), cancellationToken)
            ?? throw new RequestRejectedException($"素材篮 {name}", "没有该素材篮 (no collection of this name; `assetbank collections list --as NAME` lists yours)");

    internal static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
