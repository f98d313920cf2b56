namespace AssetBank.Application.Similarity;

/// <summary>A file that could not be compared, and why.</summary>
/// <param name="Side">"references" or "queries".</param>
public sealed record FileProblem(string Side, string RelativePath, string Problem);
