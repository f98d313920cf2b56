using System.Security.Cryptography;
using System.Text;
using AssetBank.Core.Errors;

namespace AssetBank.Storage.FileSystem;

/// <summary>Per-key write locks as lock files, so a key's content and sidecar are published together.</summary>
/// <remarks>
/// <see cref="FileShare.None"/> is backed by <c>flock</c> on Linux, so the lock also holds between processes (the CLI
/// uploading while the API ingests). Keys share 256 striped lock files: a lock file per key would never be cleaned up
/// safely, and publishing is short enough that two keys waiting on one stripe cost nothing noticeable.
/// </remarks>
internal sealed class KeyLocks
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly string _folder;
    private readonly string _storeName;

    public KeyLocks(string folder, string storeName)
    {
        _folder = folder;
        _storeName = storeName;
    }

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var stripe = SHA256.HashData(Encoding.UTF8.GetBytes(key))[0];
        var path = Path.Combine(_folder, $"{stripe:x2}.lock");
        var deadline = DateTime.UtcNow + GiveUpAfter;
        var wait = 1;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(wait, cancellationToken);
                wait = Math.Min(wait * 2, 50);
            }
            catch (IOException e)
            {
                throw new ObjectStoreException(_storeName, $"could not lock '{key}' for writing within {GiveUpAfter.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }
}
