namespace AssetBank.Core.Extraction;

/// <summary>A row or record inside an asset that is an item of its own (a KOL, a note, a comment thread).</summary>
/// <param name="ItemId">Unique within the asset, e.g. <c>kol:3</c>, <c>note:xhs-001</c>, <c>thread:v123</c>.</param>
/// <param name="ItemKind"><c>kol</c>, <c>note</c>, <c>comment-thread</c>.</param>
public sealed record ExtractedItem(string ItemId, string ItemKind, string? Title, string Text)
{
    /// <summary>Named text fields (platform, vertical, author, hashtags, source video).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Numbers (followers, price, likes, collects, comments, engagement rate).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>A ranking score where the kind has one (the KOL score 0–100).</summary>
    public double? Score { get; init; }
}
