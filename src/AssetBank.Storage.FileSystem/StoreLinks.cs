namespace AssetBank.Storage.FileSystem;

/// <summary>Symbolic-link checks for the folder store: real paths, and why a link found on a key's path is refused.</summary>
/// <remarks>
/// The store follows no link at all, inside the root or out of it: a link inside the root would list one file under
/// two keys and can be re-pointed outside between a check and an open, so refusing every link is the only rule that
/// needs no race-free path walk. Each refusal names the link and says where it leads, so it can be recorded.
/// </remarks>
internal static class StoreLinks
{
    /// <summary>Linux gives up after 40 links in one lookup (ELOOP); so do we.</summary>
    private const int MaxLinkHops = 40;

    public const string LeavesRootProblem = "符号链接指向存储根目录之外 (symlink leaves the store root)";

    public const string LoopProblem = "符号链接成环 (symlink loop)";

    public const string InsideRootProblem = "不跟随符号链接 (symlinks are not followed)";

    public const string InvalidNameProblem = "文件名不是有效的 UTF-8 (the file name is not valid UTF-8; rename it)";

    /// <summary>The path with every link on it resolved, as realpath(3) does; throws <see cref="IOException"/> on a loop.</summary>
    public static string RealPath(string path)
    {
        var hops = 0;
        return RealPath(path, ref hops);
    }

    public static bool IsInside(string realPath, string realRoot) =>
        realPath.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Why the link at <paramref name="linkPath"/> is refused, naming where it leads when that is inside the store.</summary>
    public static string Problem(string linkPath, string realRoot)
    {
        string real;
        try
        {
            real = RealPath(linkPath);
        }
        catch (IOException)
        {
            return LoopProblem;
        }

        return IsInside(real, realRoot)
            ? $"{InsideRootProblem}: it points to '{Path.GetRelativePath(realRoot, real).Replace(Path.DirectorySeparatorChar, '/')}' in the store; ingest that key instead"
            : LeavesRootProblem;
    }

    /// <summary>
    /// After an open, asks the kernel which file the handle really is (Linux <c>/proc/self/fd</c>), which closes the
    /// window between checking a path for links and opening it. Elsewhere the path check alone stands.
    /// </summary>
    public static bool OpenedInside(FileStream stream, string realRoot)
    {
        var descriptor = stream.SafeFileHandle.DangerousGetHandle().ToInt64();
        var opened = new FileInfo($"/proc/self/fd/{descriptor}");
        string? target;
        try
        {
            target = opened.LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }

        return target is null || IsInside(target, realRoot);
    }

    private static string RealPath(string path, ref int hops)
    {
        var full = Path.GetFullPath(path);
        var top = Path.GetPathRoot(full) ?? string.Empty;
        var current = top;
        foreach (var part in full[top.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++hops > MaxLinkHops)
                {
                    throw new IOException($"too many levels of symbolic links at '{next}'");
                }

                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref hops);
            }

            current = next;
        }

        return current;
    }
}
