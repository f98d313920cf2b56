namespace AssetBank.Core.Reuse;

/// <summary>A project as planned at kickoff: who it is for, what it must say, and what must be produced.</summary>
public sealed record ProjectBrief
{
    /// <summary>The project's code, unique in the bank (<c>ANZHI-2026-NIGHT</c>).</summary>
    public required string Code { get; init; }

    public string? Name { get; init; }

    public required string Client { get; init; }

    public string? Industry { get; init; }

    public string? Team { get; init; }

    public string? Producer { get; init; }

    public string? Strategist { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedEnd { get; init; }

    /// <summary>Media the work will run in (<see cref="Rights.RightsVocabulary.Media"/> ids); null when the brief does not say.</summary>
    public IReadOnlyList<string>? Media { get; init; }

    /// <summary>Territories it will run in (<see cref="Rights.RightsVocabulary.Territories"/> ids); null when the brief does not say.</summary>
    public IReadOnlyList<string>? Territories { get; init; }

    public DimensionTarget Target { get; init; } = DimensionTarget.None;

    public required IReadOnlyList<DeliverableLine> Lines { get; init; }

    /// <summary>The rate card version the lines were priced from.</summary>
    public required string RateCardVersion { get; init; }

    public decimal PlannedCost => Lines.Sum(l => l.PlannedCost);

    public DeliverableLine? FindLine(string id) =>
        Lines.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));
}
