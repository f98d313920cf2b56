using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AssetBank.Search.Store;

/// <summary>Tells damaged index files from other failures, and moves damaged files out of the way for a rebuild.</summary>
internal static class IndexCorruption
{
    /// <summary>
    /// Failures that damaged files cause deep inside Lucene (random bytes decode to lengths and offsets out of range);
    /// a bug can throw most of them too, hence <see cref="Confirm"/> before calling an index corrupt.
    /// </summary>
    public static bool MayBe(Exception ex) =>
        ex is IOException and not LockObtainFailedException
        || ex is InvalidOperationException and not ObjectDisposedException
        || ex is ArgumentException or IndexOutOfRangeException or OverflowException or FormatException or InvalidCastException or NullReferenceException;

    /// <summary>
    /// Why <paramref name="failure"/> means the files under <paramref name="searcher"/> are damaged, or null when they are
    /// not. Lucene's own corruption errors say so; anything else is confirmed by the segments' checksums, which read
    /// every file once: only on this failure path.
    /// </summary>
    public static string? Confirm(IndexSearcher searcher, Exception failure)
    {
        if (failure is CorruptIndexException or EndOfStreamException)
        {
            return Describe(failure);
        }

        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            try
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            catch (Exception ex) when (MayBe(ex))
            {
                return $"{Describe(ex)} (while searching: {Describe(failure)})";
            }
        }

        return null;
    }

    public static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";

    /// <summary>
    /// Moves every index file of <paramref name="path"/> into a new sibling folder <c>{path}.corrupt-{time}</c>, holding
    /// Lucene's write lock meanwhile; returns that folder. For a rebuild only: readers elsewhere keep what they opened.
    /// </summary>
    public static string Quarantine(LuceneDirectory directory, string path)
    {
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
        {
            throw new LockObtainFailedException($"Lock obtain timed out: {writeLock}");
        }

        var target = string.Create(CultureInfo.InvariantCulture, $"{path.TrimEnd(Path.DirectorySeparatorChar)}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmssfff}");
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(path))
        {
            var name = Path.GetFileName(file);
            if (name != IndexWriter.WRITE_LOCK_NAME)
            {
                File.Move(file, Path.Combine(target, name));
            }
        }

        return target;
    }
}
