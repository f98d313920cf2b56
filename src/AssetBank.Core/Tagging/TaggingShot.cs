namespace AssetBank.Core.Tagging;

/// <summary>One shot of a video to tag: its time range, its text (subtitles, transcript) and its keyframe.</summary>
/// <param name="ShotId">Stable id of the shot; becomes the <see cref="TagSet.ItemId"/> of the shot's tags.</param>
public sealed record TaggingShot(string ShotId, TimeSpan Start, TimeSpan End)
{
    public IReadOnlyList<TaggingText> Texts { get; init; } = [];

    /// <summary>Local path of the keyframe image, sent to vision models when vision is on.</summary>
    public string? KeyframePath { get; init; }
}
