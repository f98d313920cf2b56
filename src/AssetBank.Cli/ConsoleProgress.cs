using System.Diagnostics;
using AssetBank.Application.Ingesting;
using Spectre.Console;

namespace AssetBank.Cli;

/// <summary>Shows ingestion progress: a live bar on a terminal, a line every few seconds when redirected.</summary>
internal static class ConsoleProgress
{
    public static async Task<IngestionReport> RunAsync(Func<IProgress<IngestionProgress>, Task<IngestionReport>> run)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var clock = Stopwatch.StartNew();
            var last = TimeSpan.Zero;
            var progress = new Progress<IngestionProgress>(p =>
            {
                if (clock.Elapsed - last >= TimeSpan.FromSeconds(2))
                {
                    last = clock.Elapsed;
                    Console.Error.WriteLine(Line(p));
                }
            });
            var report = await run(progress);
            return report;
        }

        IngestionReport? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("发现中 (listing)…", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Queued);
                    task.Value = p.Processed + p.Failed;
                    task.Description = Markup.Escape(Line(p));
                });
                result = await run(progress);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static string Line(IngestionProgress p)
    {
        var seconds = Math.Max(0.001, p.Elapsed.TotalSeconds);
        var listing = p.ListingComplete ? string.Empty : "（仍在列举）";
        return $"已列举 {p.Listed} · 待处理 {p.Queued} · 完成 {p.Processed} · 失败 {p.Failed}{listing} · "
            + $"{p.Processed / seconds:F1} 个/秒 · {p.BytesProcessed / 1048576.0 / seconds:F1} MB/秒";
    }

    /// <summary>Reports on the caller's thread: the bar needs every update, not a posted subset.</summary>
    private sealed class SynchronousProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        private readonly Lock _gate = new();

        public void Report(IngestionProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
