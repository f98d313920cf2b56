namespace AssetBank.Core.Search;

/// <summary>One ranked document with what the caller needs to show it.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }

    public required long AssetId { get; init; }

    public int? ShotIndex { get; init; }

    public bool IsShot => ShotIndex is not null;

    public string? ExternalId { get; init; }

    public required string Kind { get; init; }

    public string? Channel { get; init; }

    /// <summary>The display label of the hit's group (<see cref="SearchGroupLabels.Label"/>).</summary>
    public required string GroupLabel { get; init; }

    public string? Client { get; init; }

    public string? Project { get; init; }

    public string? Producer { get; init; }

    public DateTimeOffset? Created { get; init; }

    public string? Key { get; init; }

    public string? Title { get; init; }

    public double? StartSeconds { get; init; }

    public double? EndSeconds { get; init; }

    /// <summary>Shot time code <c>mm:ss–mm:ss</c> (hours when needed); null for asset documents.</summary>
    public string? TimeCode { get; init; }

    public string? KeyframeKey { get; init; }

    public long? Engagement { get; init; }

    /// <summary>Who wrote a note or post, when the export says.</summary>
    public string? Author { get; init; }

    /// <summary>The last day of use under the recorded terms; null when open-ended or none are recorded (see <see cref="HasRights"/>).</summary>
    public DateOnly? RightsLastDay { get; init; }

    public bool HasRights { get; init; }

    /// <summary>Relevance score (for date sort, still the relevance of the hit).</summary>
    public float Score { get; init; }

    /// <summary>The query's dimension terms this document carries (directly or through a narrower term), with its confidence.</summary>
    public IReadOnlyList<SearchTag> MatchedDimensions { get; init; } = [];

    /// <summary>All tags of the document.</summary>
    public IReadOnlyList<SearchTag> Tags { get; init; } = [];

    /// <summary>A short passage with the query's words marked; null when snippets were not asked for or there is no text.</summary>
    public SearchSnippet? Snippet { get; init; }

    /// <summary>
    /// Other forms of the same piece of work that matched too, folded into this hit: the same text in another file
    /// (by content fingerprint), or an item of this very file.
    /// </summary>
    public IReadOnlyList<SearchHitForm> OtherForms { get; init; } = [];
}
