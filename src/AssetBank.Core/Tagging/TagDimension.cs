namespace AssetBank.Core.Tagging;

/// <summary>The four tag dimensions (四维标签): 行业 × 场景 × 情绪 × 人物关系. See <see cref="TagDimensions"/> for names.</summary>
public enum TagDimension
{
    Industry = 0,
    Scenario = 1,
    Emotion = 2,
    Relationship = 3,
}
