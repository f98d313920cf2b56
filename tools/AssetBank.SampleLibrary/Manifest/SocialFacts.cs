namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a social-listening export (Xiaohongshu notes or a Douyin comment section).</summary>
/// <param name="Platform"><c>xiaohongshu</c> or <c>douyin</c>.</param>
/// <param name="SourceVideoId">For a comment export: the Douyin video the comments are under.</param>
public sealed record SocialFacts(
    string Platform,
    string? SourceVideoId,
    IReadOnlyList<SocialItemFacts> Items,
    IReadOnlyList<MemeGroup> MemeGroups);
