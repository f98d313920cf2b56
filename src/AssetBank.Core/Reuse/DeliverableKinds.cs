namespace AssetBank.Core.Reuse;

/// <summary>
/// The deliverable kinds AssetBank knows, so that a brief naming a kind the card lacks ("missing rate-card entry") is
/// told apart from a typo ("unknown kind"). A card may add kinds of its own.
/// </summary>
public static class DeliverableKinds
{
    public static IReadOnlyList<string> Standard { get; } =
    [
        "tvc-second", "shot", "key-visual", "copy-piece", "xhs-note", "douyin-video", "voiceover-minute", "music-licence", "kol-brief",
    ];

    public static bool IsStandard(string kind) => Standard.Contains(kind, StringComparer.OrdinalIgnoreCase);
}
