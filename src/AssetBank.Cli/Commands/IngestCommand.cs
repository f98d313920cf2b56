using System.CommandLine;
using AssetBank.Application.Ingesting;
using AssetBank.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>assetbank ingest</c>: the embedded bank runs the pipeline in this process; a PostgreSQL bank (or
/// <c>--enqueue-only</c>) queues jobs and, unless told only to queue, works the queue here until it is empty.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var prefix = new Option<string>("--prefix") { Description = "只处理此前缀下的对象 / only objects under this key prefix", DefaultValueFactory = _ => string.Empty };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "重试之前失败且未变化的对象 / retry unchanged objects that failed before" };
        var enqueueOnly = new Option<bool>("--enqueue-only") { Description = "只排入任务队列，由 worker 处理 / only queue jobs; workers process them" };
        var slots = new Option<int>("--slots")
        {
            Description = "排队入库时本进程同时处理的任务数 / jobs this process runs at once when ingesting through the queue",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount / 2),
        };
        var command = new Command("ingest", "扫描对象存储，处理新增或变更的对象 / list the store and process new or changed objects")
        {
            prefix,
            retryFailed,
            enqueueOnly,
            slots,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(slots) < 1)
            {
                await Console.Error.WriteLineAsync($"错误 (error): --slots {parse.GetValue(slots)} must be at least 1");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            if (parse.GetValue(enqueueOnly) || services.GetRequiredService<IOptions<JobOptions>>().Value.QueueIngestion)
            {
                return await ThroughQueueAsync(services, parse.GetValue(prefix) ?? string.Empty, parse.GetValue(retryFailed), parse.GetValue(enqueueOnly), parse.GetValue(slots), cancellationToken);
            }

            var ingest = services.GetRequiredService<IngestAssets>();
            var request = new IngestionRequest(parse.GetValue(prefix) ?? string.Empty, RetryFailed: parse.GetValue(retryFailed) ? true : null);
            var report = await ConsoleProgress.RunAsync(progress => ingest.RunAsync(request, progress, CliContext.Waiting, cancellationToken));
            ReportPrinter.PrintIngestion(report);
            return 0;
        });
        return command;
    }

    private static async Task<int> ThroughQueueAsync(ServiceProvider services, string prefix, bool retryFailed, bool enqueueOnly, int slots, CancellationToken cancellationToken)
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}";
        var events = new LineProgress(line => Console.Out.WriteLine(TerminalText.Escape(line)));
        var report = await services.GetRequiredService<QueuedIngestion>().RunAsync(prefix, retryFailed, enqueueOnly, id, slots, events, cancellationToken);
        Console.WriteLine($"已列举 {report.Listed} · 新排队 {report.Queued} (listed, queued)");
        if (report.Worked is { } worked)
        {
            Console.WriteLine($"完成 {worked.Done} · 失败 {worked.Failed} · 租约失效被拒 {worked.Rejected} · 退回队列 {worked.Released} (done, failed, rejected, released)");
        }
        else
        {
            Console.WriteLine("已排队，由 `assetbank worker` 处理 (queued; `assetbank worker` processes them)");
        }

        return 0;
    }
}
