namespace AssetBank.Application.Reuse;

/// <summary>The four-dimension target as written in a brief file.</summary>
public sealed class BriefTargetDocument
{
    public string? Industry { get; set; }

    public string? Scenario { get; set; }

    public string? Emotion { get; set; }

    public string? Relationship { get; set; }
}
