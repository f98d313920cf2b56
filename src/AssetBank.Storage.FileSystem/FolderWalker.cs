using System.Security.Cryptography;
using System.Text;
using AssetBank.Core.Storage;

namespace AssetBank.Storage.FileSystem;

/// <summary>Walks the store folder for a listing without following a single link.</summary>
/// <remarks>
/// Links and names that are not valid UTF-8 are not skipped: each comes back as a placeholder whose key the store
/// refuses to stat or open with the reason, so ingestion records it as a failure like any other hostile key. A link
/// on the way to the prefix (<c>n/etc_dir_link</c> for the prefix <c>n/etc_dir_link/passwd</c>) is reported under its
/// own key, the only key the store can honestly name without looking behind it.
/// </remarks>
internal static class FolderWalker
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static List<ListedEntry> Walk(string root, string prefix, CancellationToken cancellationToken)
    {
        var found = new List<ListedEntry>();
        Walk(new DirectoryInfo(root), string.Empty, prefix, found, cancellationToken);
        found.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return found;
    }

    private static void Walk(DirectoryInfo folder, string keyPrefix, string prefix, List<ListedEntry> found, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var entry in folder.EnumerateFileSystemInfos("*", OneLevel))
        {
            var key = keyPrefix + entry.Name;
            if (keyPrefix.Length == 0 && entry.Name == FileSystemObjectStore.ReservedFolder)
            {
                continue;
            }

            var leadsToPrefix = prefix.StartsWith(key + "/", StringComparison.Ordinal);
            if (!leadsToPrefix && !ObjectKeys.IsUnder(key, prefix))
            {
                continue;
            }

            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.LinkTarget is not null)
            {
                found.Add(new ListedEntry(key, Placeholder(key, "link-" + Hash(entry.LinkTarget ?? string.Empty), entry)));
            }
            else if (IsUndecodable(entry))
            {
                found.Add(new ListedEntry(key, Placeholder(key, "invalid-name", entry)));
            }
            else if (entry is DirectoryInfo directory)
            {
                Walk(directory, key + "/", prefix, found, cancellationToken);
            }
            else if (!leadsToPrefix)
            {
                found.Add(new ListedEntry(key, null));
            }
        }
    }

    /// <summary>.NET decodes a name that is not UTF-8 with U+FFFD, and that decoded name then opens nothing.</summary>
    public static bool IsUndecodable(FileSystemInfo entry) =>
        entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(entry.FullName) && !Directory.Exists(entry.FullName);

    private static StoredObject Placeholder(string key, string etag, FileSystemInfo entry)
    {
        DateTimeOffset modified;
        try
        {
            modified = entry.LastWriteTimeUtc;
        }
        catch (IOException)
        {
            modified = DateTimeOffset.UnixEpoch;
        }

        return new StoredObject(key, etag, 0, modified, null, StoredObject.NoMetadata);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
