namespace AssetBank.Core.Tagging;

/// <summary>Stable wire names (catalog, JSON, CLI, LLM schema) and zh-CN labels for <see cref="TagDimension"/>.</summary>
public static class TagDimensions
{
    /// <summary>All dimensions in their canonical order: industry, scenario, emotion, relationship.</summary>
    public static IReadOnlyList<TagDimension> All { get; } =
        [TagDimension.Industry, TagDimension.Scenario, TagDimension.Emotion, TagDimension.Relationship];

    public static string ToWire(TagDimension dimension) => dimension switch
    {
        TagDimension.Industry => "industry",
        TagDimension.Scenario => "scenario",
        TagDimension.Emotion => "emotion",
        TagDimension.Relationship => "relationship",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown tag dimension."),
    };

    public static string ToChinese(TagDimension dimension) => dimension switch
    {
        TagDimension.Industry => "行业",
        TagDimension.Scenario => "场景",
        TagDimension.Emotion => "情绪",
        TagDimension.Relationship => "人物关系",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown tag dimension."),
    };

    /// <summary>Accepts the wire name, the enum name or the Chinese label (关系 too), ignoring case and surrounding space.</summary>
    public static bool TryParse(string? value, out TagDimension dimension)
    {
        TagDimension? parsed = value?.Trim().ToLowerInvariant() switch
        {
            "industry" or "行业" => TagDimension.Industry,
            "scenario" or "scene" or "场景" => TagDimension.Scenario,
            "emotion" or "情绪" => TagDimension.Emotion,
            "relationship" or "relation" or "人物关系" or "关系" => TagDimension.Relationship,
            _ => null,
        };
        dimension = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}
