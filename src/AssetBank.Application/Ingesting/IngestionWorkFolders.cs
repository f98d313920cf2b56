using System.Diagnostics;

namespace AssetBank.Application.Ingesting;

/// <summary>Each ingesting process's own folder for local copies of objects, under <c>Ingestion:WorkDirectory</c>.</summary>
internal static class IngestionWorkFolders
{
    /// <summary>A work folder per process; folders left by killed processes are removed.</summary>
    public static string Prepare(string? workDirectory)
    {
        var root = Path.Combine(string.IsNullOrWhiteSpace(workDirectory) ? Path.GetTempPath() : workDirectory, "assetbank-work");
        Directory.CreateDirectory(root);
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(folder).Split('-')[0], out var pid) && !ProcessIsAlive(pid))
            {
                TryDelete(folder);
            }
        }

        var mine = Path.Combine(root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(mine);
        return mine;
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's clean-up.
        }
    }
}
