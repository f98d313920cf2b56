using System.Collections.Concurrent;

namespace AssetBank.Search.Tests;

/// <summary>Records every report synchronously (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class RecordingProgress : IProgress<int>
{
    private readonly ConcurrentQueue<int> _reports = new();

    public IReadOnlyList<int> Reports => [.. _reports];

    public void Report(int value) => _reports.Enqueue(value);
}
