using System.Globalization;

namespace AssetBank.Core.Search;

/// <summary>
/// One unit of search: an asset (a note, a copy document, a whole video) or one shot of a video. The index is derived from
/// these; the catalog maps its assets, shots and tags to them.
/// </summary>
/// <remarks>
/// Ids are <c>asset:{assetId}</c> for an asset and <c>shot:{assetId}:{shotIndex}</c> for a shot (see
/// <see cref="AssetDocumentId"/> and <see cref="ShotDocumentId"/>); indexing a document with an id already present
/// replaces it. Every text field is optional; <see cref="Tags"/> carry the four-dimension tags with their confidence.
/// </remarks>
public sealed record SearchDocument
{
    /// <summary>Unique id of the document in the index.</summary>
    public required string Id { get; init; }

    /// <summary>The asset this document is or, for a shot, the video the shot belongs to.</summary>
    public required long AssetId { get; init; }

    /// <summary>0-based shot index for a shot document; null for an asset document.</summary>
    public int? ShotIndex { get; init; }

    /// <summary>The parent video of a shot; null for an asset document.</summary>
    public long? ParentAssetId => ShotIndex is null ? null : AssetId;

    public bool IsShot => ShotIndex is not null;

    /// <summary>Id in another system (spreadsheet import, another DAM), when imported.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Asset kind wire name: <c>video</c>, <c>image</c>, <c>copy</c>, <c>audio</c>, <c>kol-list</c>, <c>social</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Channel such as TVC, 小红书, 抖音, 微博, 平面; normalised by <see cref="SearchChannels.Normalize"/> when indexed.</summary>
    public string? Channel { get; init; }

    public string? Client { get; init; }

    public string? Project { get; init; }

    public string? Producer { get; init; }

    /// <summary>When the work was made (or published, for social items).</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Object key in the store.</summary>
    public string? Key { get; init; }

    public string? Title { get; init; }

    /// <summary>Main text: copy, the body of a note, a transcript.</summary>
    public string? Body { get; init; }

    /// <summary>Subtitle text (for a shot: the cues overlapping it).</summary>
    public string? Subtitles { get; init; }

    /// <summary>Text read from the picture by OCR (burned-in captions, poster slogans) that the subtitles do not already say.</summary>
    public string? OnScreenText { get; init; }

    /// <summary>Comments (a Douyin comment thread or meme group).</summary>
    public string? Comments { get; init; }

    /// <summary>Image captions, alt text, on-screen text.</summary>
    public string? Captions { get; init; }

    /// <summary>For a video: the keys of the subtitle files beside it (<c>film.srt</c>) that fed its shots; search does not list them on their own.</summary>
    public IReadOnlyList<string> Sidecars { get; init; } = [];

    /// <summary>The four-dimension tags with confidence; human tags have confidence 1.</summary>
    public IReadOnlyList<SearchTag> Tags { get; init; } = [];

    /// <summary>Shot start in seconds from the beginning of the video.</summary>
    public double? StartSeconds { get; init; }

    /// <summary>Shot end in seconds from the beginning of the video.</summary>
    public double? EndSeconds { get; init; }

    /// <summary>Object key of the shot's keyframe image.</summary>
    public string? KeyframeKey { get; init; }

    /// <summary>Likes, comments or plays of a social item, as exported.</summary>
    public long? Engagement { get; init; }

    /// <summary>Who wrote a note or post (the export's author or nickname), stored for display.</summary>
    public string? Author { get; init; }

    /// <summary>When each medium may be used in each territory (the asset's terms, cut to a shot's own terms); empty when none are recorded.</summary>
    public IReadOnlyList<Rights.RightsWindow> RightsWindows { get; init; } = [];

    /// <summary>The last day of use under the recorded terms; null when open-ended or none are recorded.</summary>
    public DateOnly? RightsLastDay { get; init; }

    /// <summary>Whether any terms are recorded.</summary>
    public bool HasRights { get; init; }

    public static string AssetDocumentId(long assetId) => string.Create(CultureInfo.InvariantCulture, $"asset:{assetId}");

    public static string ShotDocumentId(long assetId, int shotIndex) => string.Create(CultureInfo.InvariantCulture, $"shot:{assetId}:{shotIndex}");

    /// <summary>An asset document with its id filled in.</summary>
    public static SearchDocument ForAsset(long assetId, string kind) => new()
    {
        Id = AssetDocumentId(assetId),
        AssetId = assetId,
        Kind = kind,
    };

    /// <summary>A shot document with its id, parent and time range filled in (kind <c>video</c>).</summary>
    public static SearchDocument ForShot(long assetId, int shotIndex, double startSeconds, double endSeconds) => new()
    {
        Id = ShotDocumentId(assetId, shotIndex),
        AssetId = assetId,
        ShotIndex = shotIndex,
        Kind = "video",
        StartSeconds = startSeconds,
        EndSeconds = endSeconds,
    };
}
