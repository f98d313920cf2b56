namespace AssetBank.Core.Tagging;

/// <summary>A problem found in a taxonomy file, with the line it was found on (1-based) when known.</summary>
public sealed record TaxonomyProblem(string Source, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Message}" : $"{Source}: {Message}";
}
