namespace AssetBank.Application.Similarity;

/// <summary>A file under a folder being checked, named by its path relative to that folder ('/' separators).</summary>
public sealed record PictureFile(string RelativePath, string FullPath);
