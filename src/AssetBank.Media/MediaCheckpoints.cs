using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssetBank.Media;

/// <summary>
/// The media stage's checkpoint: its result for one object version, kept in the store beside the derived files
/// (<c>{DerivedPrefix}/{sha256}/analysis/{id}.json</c>), so a retry of the job — after a worker was lost, the catalog
/// restarted, or tagging failed — skips the decode, keyframes and OCR it already did, on any worker. The id covers the
/// key, the version (ETag), the media settings and this build of the analyser: anything else analyses afresh.
/// </summary>
public sealed partial class MediaCheckpoints(IObjectStore store, IOptions<MediaOptions> options, ILogger<MediaCheckpoints> logger)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly string Build = typeof(MediaCheckpoints).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string _settings = JsonSerializer.Serialize(options.Value, Json);

    /// <summary>The saved analysis of this version, or null (none yet, unreadable, or of another build or settings).</summary>
    public async Task<MediaAnalysis?> LoadAsync(Asset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (KeyOf(asset) is not { } key)
        {
            return null;
        }

        try
        {
            if (await store.StatAsync(key, cancellationToken) is null)
            {
                return null;
            }

            await using var content = await store.OpenReadAsync(key, null, cancellationToken);
            var analysis = await JsonSerializer.DeserializeAsync<MediaAnalysis>(content, Json, cancellationToken);
            return analysis is not null && analysis.ContentSha256 == asset.ContentSha256 ? analysis : null;
        }
        catch (Exception e) when (e is JsonException or ObjectStoreException or ObjectNotFoundException or IOException or NotSupportedException)
        {
            LogUnreadable(logger, e, asset.Key, key);
            return null;
        }
    }

    /// <summary>Saves the analysis; a failure costs only the shortcut on a retry, so it is logged, not thrown.</summary>
    public async Task SaveAsync(Asset asset, MediaAnalysis analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(analysis);
        if (KeyOf(asset) is not { } key)
        {
            return;
        }

        try
        {
            using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(analysis, Json));
            await store.PutAsync(key, content, new ObjectWriteOptions(ContentType: "application/json"), cancellationToken);
        }
        catch (Exception e) when (e is ObjectStoreException or IOException or StorageFullException)
        {
            LogNotSaved(logger, e, asset.Key, key);
        }
    }

    private string? KeyOf(Asset asset)
    {
        if (asset.ContentSha256 is not { Length: > 0 } sha)
        {
            return null;
        }

        var id = SHA256.HashData(Encoding.UTF8.GetBytes($"{asset.Key}\n{asset.ETag}\n{_settings}\n{Build}"));
        return $"{new DerivedKeys(options.Value.DerivedPrefix, sha).Root}/analysis/{Convert.ToHexStringLower(id.AsSpan(0, 16))}.json";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The media checkpoint of {Key} ({Checkpoint}) could not be read; analysing afresh")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string key, string checkpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The media checkpoint of {Key} ({Checkpoint}) could not be saved; a retry will analyse again")]
    private static partial void LogNotSaved(ILogger logger, Exception exception, string key, string checkpoint);
}
