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

    /// <summary>Media the work will run in (抖音, 电视…), checked against candidates' rights.</summary>
    public List<string>? Media { get; set; }

    /// <summary>Territories it will run in (中国大陆, 港澳台…).</summary>
    public List<string>? Territories { get; set; }

    public BriefTargetDocument? Target { get; set; }

    public List<BriefLineDocument>? Lines { get; set; }
}
