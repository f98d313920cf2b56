namespace AssetBank.Application.Similarity;

/// <summary>One built view of the reference libraries (an index), rebuilt by one caller at a time when the catalog's version of them changes.</summary>
internal sealed class VersionedSnapshot<T>(Func<string, CancellationToken, Task<T>> build) : IDisposable
    where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Holder? _current;

    public async Task<T> GetAsync(string version, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current?.Version != version)
            {
                _current = new Holder(version, await build(version, cancellationToken));
            }

            return _current.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record Holder(string Version, T Value);
}
