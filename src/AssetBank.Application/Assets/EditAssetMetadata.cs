using System.Text.Encodings.Web;
using System.Text.Json;
using AssetBank.Application.Accounts;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Assets;

/// <summary>
/// A producer corrects the metadata of what they uploaded (title, client, project, channel, producer, created, AI flag,
/// licence, description); an administrator may correct any asset's. Who uploaded is the object's <c>uploaded-by</c>
/// user metadata, written by the web upload. The edit lands in the catalog and the audit trail (before and after), and
/// search follows at once. A later new version of the file brings its own metadata.
/// </summary>
public sealed class EditAssetMetadata(DataFolderWriterLock writerLock, IAssetReader reader, IObjectStore store, IAssetMetadataEditor editor, AuditLog audit, CatalogCommitFeed feed)
{
    private const int LongestValue = 500;
    private const int LongestDescription = 4000;

    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The account that uploaded the asset through the web app; null when unknown (CLI uploads, imports, files dropped into the store).</summary>
    public async Task<string?> FindUploaderAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await store.StatAsync(key, cancellationToken);
        return stored?.Metadata.TryGetValue(MetadataKeys.UploadedBy, out var who) == true && !string.IsNullOrWhiteSpace(who) ? who.Trim() : null;
    }

    /// <summary>Whether <paramref name="who"/> may edit the asset's metadata.</summary>
    public async Task<bool> MayEditAsync(string key, string who, bool mayEditAny, CancellationToken cancellationToken) =>
        mayEditAny || string.Equals(await FindUploaderAsync(key, cancellationToken), who, StringComparison.OrdinalIgnoreCase);

    /// <param name="metadata">The new values; the source library is kept as it was (it comes from reference imports).</param>
    /// <param name="mayEditAny">True for administrators; others may edit only what they uploaded.</param>
    /// <exception cref="RequestRejectedException">No such asset, or a value too long or holding control characters.</exception>
    /// <exception cref="NotPermittedException">Someone else uploaded the asset.</exception>
    public async Task<AssetMetadataChange> EditAsync(long assetId, AssetMetadata metadata, string who, bool mayEditAny, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (string.IsNullOrWhiteSpace(who))
        {
            throw new RequestRejectedException("who", "修改人不能为空 (say who edits)");
        }

        var cleaned = Clean(metadata);
        await using var session = await writerLock.AcquireAsync("metadata edit", waiting, cancellationToken);
        var asset = await reader.FindByIdAsync(assetId, cancellationToken);
        if (asset is null || asset.Status == AssetStatus.Deleted)
        {
            throw new RequestRejectedException($"资产 {assetId}", "资产库中没有该资产 (no such asset)");
        }

        if (!await MayEditAsync(asset.Key, who.Trim(), mayEditAny, cancellationToken))
        {
            throw new NotPermittedException(asset.Key, $"{who} 不是该资产的上传者，不能修改其元数据 (only the producer who uploaded it, or an administrator, may edit its metadata)");
        }

        var after = cleaned with { SourceLibrary = asset.Metadata.SourceLibrary };
        await editor.UpdateMetadataAsync(asset.Id, after, cancellationToken);
        var change = new AssetMetadataChange(asset.Id, asset.Key, asset.Metadata, after);
        await audit.RecordAsync(who.Trim(), "asset.metadata", asset.Key, "ok", JsonSerializer.Serialize(new { before = change.Before, after = change.After }, AuditJson), cancellationToken);
        await feed.PublishAsync(cancellationToken);
        return change;
    }

    private static AssetMetadata Clean(AssetMetadata m) => m with
    {
        Title = Value("标题 (title)", m.Title, LongestValue, multiline: false),
        Client = Value("客户 (client)", m.Client, LongestValue, multiline: false),
        Project = Value("项目 (project)", m.Project, LongestValue, multiline: false),
        Channel = Value("渠道 (channel)", m.Channel, LongestValue, multiline: false),
        Producer = Value("制作 (producer)", m.Producer, LongestValue, multiline: false),
        License = Value("授权说明 (licence)", m.License, LongestValue, multiline: false),
        Description = Value("说明 (description)", m.Description, LongestDescription, multiline: true),
    };

    private static string? Value(string field, string? value, int longest, bool multiline)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > longest)
        {
            throw new RequestRejectedException(field, $"超过 {longest} 个字符 (over {longest} characters)");
        }

        if (trimmed.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            throw new RequestRejectedException(field, "含控制字符 (holds control characters)");
        }

        return trimmed;
    }
}
