using System.Diagnostics;
using AssetBank.Application.Similarity;

namespace AssetBank.Cli;

/// <summary>A progress line on standard error: rewritten in place on a terminal, every two seconds when redirected.</summary>
internal sealed class FolderProgressLine : IProgress<FolderMatchProgress>
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    public void Report(FolderMatchProgress value)
    {
        lock (_gate)
        {
            var finished = value.Done == value.Total;
            var interval = Console.IsErrorRedirected ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(100);
            if (!finished && _last is { } last && _clock.Elapsed - last < interval)
            {
                return;
            }

            _last = _clock.Elapsed;
            var phase = value.Phase == "references" ? "读取参考 (references)" : "比对 (queries)";
            var width = 30;
            var filled = value.Total == 0 ? width : value.Done * width / value.Total;
            var line = $"{phase} [{new string('#', filled)}{new string('.', width - filled)}] {value.Done}/{value.Total}";
            if (Console.IsErrorRedirected)
            {
                if (value.Total > 0 && (value.Done > 0 || !finished))
                {
                    Console.Error.WriteLine(line);
                }
            }
            else
            {
                Console.Error.Write("\r" + line + (finished ? "\n" : string.Empty));
            }
        }
    }
}
