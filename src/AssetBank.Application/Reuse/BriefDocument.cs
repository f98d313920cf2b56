namespace AssetBank.Application.Reuse;

/// <summary>A brief file as written (YAML or JSON, snake_case keys), before it is checked and priced.</summary>
public sealed class BriefDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Client { get; set; }

    public string? Industry { get; set; }

    public string? Team { get; set; }

    public string? Producer { get; set; }

    public string? Strategist { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public BriefTargetDocument? Target { get; set; }

    public List<BriefLineDocument>? Lines { get; set; }
}
