namespace AssetBank.Benchmarks.Search;

/// <summary>Reports on the reporting thread, at once (<see cref="Progress{T}"/> posts to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<long> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
