namespace AssetBank.Application.Similarity;

/// <summary>Progress of the batch check: the phase ("references" or "queries") and files done of the total.</summary>
public sealed record FolderMatchProgress(string Phase, int Done, int Total);
