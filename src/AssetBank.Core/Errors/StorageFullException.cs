namespace AssetBank.Core.Errors;

/// <summary>A disk ran full: the run ends (every later item would fail the same way) and names the folder.</summary>
public sealed class StorageFullException : AssetBankException
{
    public StorageFullException(string folder, Exception? innerException = null)
        : base($"磁盘已满：{folder} 没有剩余空间；释放空间后重新运行 (no space left in {folder}; free some space and run again — nothing half-written was kept)", innerException)
    {
        Folder = folder;
    }

    public string Folder { get; }

    /// <summary>Whether <paramref name="exception"/> is the operating system saying the disk is full (ENOSPC, or Windows' ERROR_DISK_FULL).</summary>
    public static bool IsDiskFull(Exception exception) =>
        exception is IOException io && ((io.HResult & 0xFFFF) is 28 or 112 or 39 || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase));
}
