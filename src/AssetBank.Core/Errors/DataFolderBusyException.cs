namespace AssetBank.Core.Errors;

/// <summary>Another process is writing to the data folder; writes wait for it or give up with this.</summary>
public sealed class DataFolderBusyException : AssetBankException
{
    public DataFolderBusyException(string folder, string holder, TimeSpan waited)
        : base($"数据目录 {folder} 正由{holder}写入，已等待 {waited.TotalSeconds:F0} 秒 (the data folder is being written by {holder}; try again when it finishes)")
    {
        Folder = folder;
        Holder = holder;
    }

    public string Folder { get; }

    public string Holder { get; }
}
