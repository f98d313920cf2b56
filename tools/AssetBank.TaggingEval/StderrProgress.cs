using System.Globalization;
using AssetBank.Application.Ingesting;
using AssetBank.Ingestion;

namespace AssetBank.TaggingEval;

/// <summary>Reports ingestion progress on stderr every few seconds and at the end, synchronously and in order.</summary>
internal sealed class StderrProgress : IProgress<IngestionProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private TimeSpan _next = Interval;
    private bool _finished;

    public void Report(IngestionProgress value)
    {
        lock (_gate)
        {
            var done = value.ListingComplete && value.Processed + value.Failed >= value.Queued;
            if (_finished || (value.Elapsed < _next && !done))
            {
                return;
            }

            _finished = done;
            _next = value.Elapsed + Interval;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{value.Elapsed.TotalSeconds,6:0.0} s] {value.Processed + value.Failed}/{value.Queued} processed ({value.Failed} failed)"));
        }
    }
}
