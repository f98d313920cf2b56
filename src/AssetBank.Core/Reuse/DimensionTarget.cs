namespace AssetBank.Core.Reuse;

/// <summary>The four-dimension target of a brief (行业 × 场景 × 情绪 × 人物关系); any may be blank.</summary>
public sealed record DimensionTarget(string? Industry = null, string? Scenario = null, string? Emotion = null, string? Relationship = null)
{
    public static DimensionTarget None { get; } = new();

    /// <summary>The non-blank terms in canonical order.</summary>
    public IReadOnlyList<string> Terms =>
        new[] { Industry, Scenario, Emotion, Relationship }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
}
