namespace AssetBank.SampleLibrary.Manifest;

/// <summary>The intended four-dimension tags (行业 × 场景 × 情绪 × 人物关系), in Chinese.</summary>
public sealed record ThemeTags(string Industry, string Scenario, string Emotion, string Relationship);
