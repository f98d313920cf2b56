namespace AssetBank.Application.Similarity;

/// <summary>What an incremental re-import reads again: files new to the library, or whose size or time moved (all of them on a refresh).</summary>
internal static class ChangedFiles
{
    public static List<(PictureFile File, long Size, DateTimeOffset Modified)> Find(
        IReadOnlyList<PictureFile> files, IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)> known, bool refresh)
    {
        var changed = new List<(PictureFile File, long Size, DateTimeOffset Modified)>();
        foreach (var file in files)
        {
            var (size, modified) = Stamp(file.FullPath);
            if (refresh || !IsStored(known, file.RelativePath, size, modified))
            {
                changed.Add((file, size, modified));
            }
        }

        return changed;
    }

    /// <summary>The size and last write time (UTC) a library stores for a file.</summary>
    public static (long Size, DateTimeOffset Modified) Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return (info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
    }

    /// <summary>Whether the library already holds this file with the same size and time.</summary>
    public static bool IsStored(IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)> known, string relativePath, long size, DateTimeOffset modified) =>
        known.TryGetValue(relativePath, out var stored) && stored.Size == size && stored.Modified == modified;
}
