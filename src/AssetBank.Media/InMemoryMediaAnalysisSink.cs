using System.Collections.Concurrent;

namespace AssetBank.Media;

/// <summary>Keeps the latest analysis per object key until taken; for tests and tools (it grows until drained, so it is not registered by default).</summary>
public sealed class InMemoryMediaAnalysisSink : IMediaAnalysisSink
{
    private readonly ConcurrentDictionary<string, MediaAnalysisResult> _results = new(StringComparer.Ordinal);

    public int Count => _results.Count;

    public Task RecordAsync(MediaAnalysisResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        _results[result.Key] = result;
        return Task.CompletedTask;
    }

    /// <summary>Removes and returns the analysis of <paramref name="key"/> at version <paramref name="etag"/>; false if there is none (or only another version's).</summary>
    public bool TryTake(string key, string etag, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MediaAnalysisResult? result)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_results.TryGetValue(key, out var found) && string.Equals(found.ETag, etag, StringComparison.Ordinal) &&
            _results.TryRemove(new KeyValuePair<string, MediaAnalysisResult>(key, found)))
        {
            result = found;
            return true;
        }

        result = null;
        return false;
    }

    public MediaAnalysisResult? Peek(string key) => _results.GetValueOrDefault(key);
}
