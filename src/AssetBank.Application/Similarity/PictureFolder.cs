namespace AssetBank.Application.Similarity;

/// <summary>Lists the files of a folder recursively, in a stable order, skipping hidden files and folders.</summary>
internal static class PictureFolder
{
    public static IReadOnlyList<PictureFile> List(string folder)
    {
        var root = Path.GetFullPath(folder);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(path => new PictureFile(Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), path))
            .Where(file => !file.RelativePath.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
