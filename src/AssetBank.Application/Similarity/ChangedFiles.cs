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
            var info = new FileInfo(file.FullPath);
            var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            if (refresh || !known.TryGetValue(file.RelativePath, out var before) || before.Size != info.Length || before.Modified != modified)
            {
                changed.Add((file, info.Length, modified));
            }
        }

        return changed;
    }
}
