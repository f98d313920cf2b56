namespace AssetBank.Search;

/// <summary>Tells a read-only folder apart from a locked one, which Lucene reports the same way.</summary>
internal static class FolderWriteCheck
{
    /// <summary>Why nothing can be written in <paramref name="folder"/>, or null when a file can be created there.</summary>
    public static string? Problem(string folder)
    {
        var probe = Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Permission denied and a read-only mount (EROFS) both end here; the message from the OS says which.
            return $"is read-only: AssetBank cannot write in '{folder}' ({e.Message}); give the folder write permission or choose another Search:IndexPath";
        }
    }
}
