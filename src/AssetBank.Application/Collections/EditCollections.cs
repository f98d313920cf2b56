using System.Globalization;
using System.Security.Cryptography;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;

namespace AssetBank.Application.Collections;

/// <summary>
/// Creates and changes collections: items (assets, shots with their time range, texts), their order and notes, shares
/// and share links. Each change takes the data folder's writer lock and is one catalog transaction.
/// </summary>
public sealed class EditCollections(ICollectionStore store, IAssetReader assets, DataFolderWriterLock writerLock, TimeProvider time)
{
    public static readonly TimeSpan LongestLink = TimeSpan.FromDays(365);

    public async Task<CollectionState> CreateAsync(string name, string who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        var cleanName = CollectionRules.Name(name);
        await using var session = await writerLock.AcquireAsync("collections create", waiting, cancellationToken);
        return await store.CreateAsync(cleanName, person, time.GetUtcNow(), cancellationToken);
    }

    public async Task RenameAsync(string name, string newName, string who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var cleanName = CollectionRules.Name(newName);
        await EditAsync(name, who, CollectionAccess.Owner, "collections rename", waiting, (c, _) => store.RenameAsync(c.Id, cleanName, time.GetUtcNow(), cancellationToken), cancellationToken);
    }

    /// <summary>Adds a whole asset, or one shot of a video when <paramref name="shotIndex"/> is given (with the shot's time range).</summary>
    public Task<CollectionItem> AddAssetAsync(string name, string who, string key, int? shotIndex, string? note, IProgress<string>? waiting, CancellationToken cancellationToken) =>
        EditAsync(name, who, CollectionAccess.Edit, "collections add", waiting, async (c, person) =>
        {
            var asset = await UsableAssetAsync(key, cancellationToken);
            var item = new CollectionItem { Kind = CollectionItemKind.Asset, AssetId = asset.Id, AssetKey = asset.Key, Note = Clean(note), AddedBy = person, AddedAt = time.GetUtcNow() };
            if (shotIndex is { } index)
            {
                var shots = (await assets.GetDerivedAsync(asset.Id, cancellationToken)).Media?.Shots ?? [];
                var shot = shots.FirstOrDefault(s => s.Index == index)
                    ?? throw new RequestRejectedException(asset.Key, string.Create(CultureInfo.InvariantCulture, $"没有镜头 {index} (no shot {index}; the asset has {shots.Count} shot(s){(shots.Count > 0 ? $", 0–{shots.Count - 1}" : string.Empty)})"));
                item = item with { Kind = CollectionItemKind.Shot, ShotIndex = shot.Index, StartSeconds = shot.Start.TotalSeconds, EndSeconds = shot.End.TotalSeconds };
            }

            return await store.AddItemAsync(c.Id, item, cancellationToken);
        }, cancellationToken);

    public Task<CollectionItem> AddTextAsync(string name, string who, string text, string? note, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RequestRejectedException("--text", "文字条目不能为空 (the text is empty)");
        }

        return EditAsync(name, who, CollectionAccess.Edit, "collections add", waiting, (c, person) =>
            store.AddItemAsync(c.Id, new CollectionItem { Kind = CollectionItemKind.Text, Text = text.Trim(), Note = Clean(note), AddedBy = person, AddedAt = time.GetUtcNow() }, cancellationToken), cancellationToken);
    }

    public Task RemoveAsync(string name, string who, long itemId, IProgress<string>? waiting, CancellationToken cancellationToken) =>
        EditAsync(name, who, CollectionAccess.Edit, "collections remove", waiting, async (c, _) =>
            Found(c, itemId, await store.RemoveItemAsync(c.Id, itemId, time.GetUtcNow(), cancellationToken)), cancellationToken);

    public Task MoveAsync(string name, string who, long itemId, int position, IProgress<string>? waiting, CancellationToken cancellationToken) =>
        EditAsync(name, who, CollectionAccess.Edit, "collections move", waiting, async (c, _) =>
        {
            if (position < 1)
            {
                throw new RequestRejectedException("--to", "位置从 1 开始 (positions start at 1)");
            }

            return Found(c, itemId, await store.MoveItemAsync(c.Id, itemId, position, time.GetUtcNow(), cancellationToken));
        }, cancellationToken);

    public Task NoteAsync(string name, string who, long itemId, string? note, IProgress<string>? waiting, CancellationToken cancellationToken) =>
        EditAsync(name, who, CollectionAccess.Edit, "collections note", waiting, async (c, _) =>
            Found(c, itemId, await store.SetNoteAsync(c.Id, itemId, Clean(note), time.GetUtcNow(), cancellationToken)), cancellationToken);

    /// <summary>Shares read-only or editable with <paramref name="user"/>, or withdraws the share when <paramref name="access"/> is null.</summary>
    public Task ShareAsync(string name, string who, string user, CollectionAccess? access, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var other = CollectionRules.Person(user, "--with");
        if (access == CollectionAccess.Owner)
        {
            throw new RequestRejectedException("--access", "share read or edit; ownership does not move");
        }

        return EditAsync(name, who, CollectionAccess.Owner, "collections share", waiting, async (c, person) =>
        {
            if (string.Equals(other, c.Owner, StringComparison.OrdinalIgnoreCase))
            {
                throw new RequestRejectedException("--with", $"{other} owns this collection already");
            }

            await store.ShareAsync(c.Id, other, access, time.GetUtcNow(), cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>Makes a read-only share link that stops working after <paramref name="lifetime"/>; returns the token, shown only now.</summary>
    public async Task<(string Token, DateTimeOffset ExpiresAt)> CreateLinkAsync(string name, string who, TimeSpan lifetime, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > LongestLink)
        {
            throw new RequestRejectedException("--expires", "有效期须在 0 与 365 天之间 (the link must expire within 365 days)");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await EditAsync(name, who, CollectionAccess.Owner, "collections link", waiting, async (c, person) =>
        {
            await store.AddLinkAsync(new CollectionLink(CollectionQueries.HashToken(token), c.Id, person, now, now + lifetime), cancellationToken);
            return true;
        }, cancellationToken);
        return (token, now + lifetime);
    }

    private async Task<T> EditAsync<T>(string name, string who, CollectionAccess needed, string purpose, IProgress<string>? waiting, Func<CollectionState, string, Task<T>> edit, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        await using var session = await writerLock.AcquireAsync(purpose, waiting, cancellationToken);
        var collection = await CollectionQueries.FindAsync(store, name, cancellationToken);
        CollectionRules.Require(collection, person, needed);
        return await edit(collection, person);
    }

    private async Task EditAsync(string name, string who, CollectionAccess needed, string purpose, IProgress<string>? waiting, Func<CollectionState, string, Task> edit, CancellationToken cancellationToken) =>
        await EditAsync(name, who, needed, purpose, waiting, async (c, p) =>
        {
            await edit(c, p);
            return true;
        }, cancellationToken);

    private async Task<Asset> UsableAssetAsync(string key, CancellationToken cancellationToken)
    {
        var asset = await assets.FindByKeyAsync(key, cancellationToken)
            ?? throw new RequestRejectedException(key, "资产库中没有该资产 (no asset with this key in the bank)");
        return asset.Status switch
        {
            AssetStatus.Processed => asset,
            AssetStatus.Deleted => throw new RequestRejectedException(key, $"已从存储中删除 (was deleted from the store, last seen {asset.LastSeen:yyyy-MM-dd}); a deleted asset cannot be collected"),
            AssetStatus.Failed => throw new RequestRejectedException(key, $"处理失败 (failed to process: {asset.FailureReason}); fix the file and ingest again"),
            _ => throw new RequestRejectedException(key, $"尚未处理 (is {asset.Status.ToString().ToLowerInvariant()}, not processed yet); run `assetbank ingest` first"),
        };
    }

    private static bool Found(CollectionState collection, long itemId, bool found) =>
        found ? true : throw new RequestRejectedException($"素材篮 {collection.Name}", string.Create(CultureInfo.InvariantCulture, $"没有条目 {itemId} (no item {itemId}; `assetbank collections show` lists the item ids)"));

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
