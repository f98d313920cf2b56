namespace AssetBank.Application.Similarity;

/// <summary>What an import did: pictures fingerprinted new or again, left as they were, removed, and files refused.</summary>
public sealed record ReferenceImportReport(string Library, int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<FileProblem> Problems, TimeSpan Elapsed);
