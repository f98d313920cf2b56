namespace AssetBank.Core.Similarity;

/// <summary>A new item (or one shot of it) found above the alarm threshold against a reference picture or text.</summary>
public sealed record CopyrightAlarm
{
    public long Id { get; init; }

    public required long AssetId { get; init; }

    public required string AssetKey { get; init; }

    /// <summary>The shot whose keyframe matched; null for an image.</summary>
    public int? ShotIndex { get; init; }

    /// <summary>Time range of that shot, or of the audio matched, seconds.</summary>
    public double? StartSeconds { get; init; }

    public double? EndSeconds { get; init; }

    /// <summary>Time range matched in the reference (a reference video or track), seconds; null for pictures and copy.</summary>
    public double? ReferenceStartSeconds { get; init; }

    public double? ReferenceEndSeconds { get; init; }

    /// <summary><c>image</c>, <c>keyframe</c> (a shot against a reference picture), <c>video</c> (shots aligned against a reference video), <c>audio</c> (a stretch of sound against a reference track) or <c>copy</c>.</summary>
    public required string Modality { get; init; }

    public required double Percent { get; init; }

    public required long ReferenceId { get; init; }

    public required string Library { get; init; }

    public required string Licence { get; init; }

    public required string ReferenceItem { get; init; }

    /// <summary>Matched region in the item and in the reference (fractions of width and height); null when unverified.</summary>
    public MatchedRegion? QueryRegion { get; init; }

    public MatchedRegion? ReferenceRegion { get; init; }

    /// <summary>For copy: the passages repeated from the reference, both sides; empty for pictures.</summary>
    public IReadOnlyList<MatchedPassage> Passages { get; init; } = Array.Empty<MatchedPassage>();

    /// <summary>For a video match (<c>video</c>): the last shot of the aligned run (<see cref="ShotIndex"/> is its first); null otherwise.</summary>
    public int? LastShotIndex { get; init; }

    /// <summary>For a video match: the runs against this reference video cover most of the new video (else it is a partial reuse).</summary>
    public bool? WholeVideo { get; init; }

    public bool Mirrored { get; init; }

    public bool AiGenerated { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    public AlarmStatus Status { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Reason { get; init; }
}
