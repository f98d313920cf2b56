namespace AssetBank.Application.Similarity;

/// <summary>
/// What the text and audio folder imports share: list the folder's files, skip those stored with the same size and
/// time (unless refreshing; the same test as <see cref="ChangedFiles"/>), describe the rest and store them in batches, and remove the items whose files are gone.
/// </summary>
internal static class ReferenceFolderImport
{
    /// <summary>A file to (re)describe.</summary>
    public sealed record File(string FullPath, string RelativePath, long Size, DateTimeOffset Modified);

    public sealed record Counts(int Added, int Updated, int Unchanged, int Removed);

    /// <param name="describe">The stored item for a file, or null when the file was refused (the describer notes why).</param>
    public static async Task<Counts> RunAsync<T>(
        string root,
        Func<string, bool> include,
        IReadOnlyDictionary<string, (long Size, DateTimeOffset Modified)> known,
        bool refresh,
        int batchSize,
        Func<File, Task<T?>> describe,
        Func<IReadOnlyList<T>, Task> put,
        Func<IReadOnlyList<string>, Task> remove,
        IProgress<FolderMatchProgress>? progress)
        where T : class
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(include)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var batch = new List<T>();
        var (added, updated, unchanged) = (0, 0, 0);
        for (var done = 0; done < files.Count; done++)
        {
            var (full, relative) = files[done];
            progress?.Report(new FolderMatchProgress("references", done, files.Count));
            var (size, modified) = ChangedFiles.Stamp(full);
            var before = known.ContainsKey(relative);
            if (!refresh && ChangedFiles.IsStored(known, relative, size, modified))
            {
                unchanged++;
                continue;
            }

            if (await describe(new File(full, relative, size, modified)) is not { } item)
            {
                continue;
            }

            batch.Add(item);
            (added, updated) = before ? (added, updated + 1) : (added + 1, updated);
            if (batch.Count == batchSize)
            {
                await put(batch);
                batch.Clear();
            }
        }

        await put(batch);
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(k => !present.Contains(k)).ToList();
        await remove(gone);
        progress?.Report(new FolderMatchProgress("references", files.Count, files.Count));
        return new Counts(added, updated, unchanged, gone.Count);
    }
}
