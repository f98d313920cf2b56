using System.CommandLine;
using System.Globalization;
using AssetBank.Application.Jobs;
using AssetBank.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank queue status</c> and <c>assetbank queue add</c>: the ingestion job queue in the catalog (embedded or PostgreSQL).</summary>
internal static class QueueCommand
{
    public static Command Create() => new("queue", "入库任务队列（在目录库中：内嵌或 PostgreSQL）/ the ingestion job queue (in the catalog: embedded or PostgreSQL)")
    {
        Status(),
        Add(),
    };

    private static Command Status()
    {
        var command = new Command("status", "按优先级与状态的队列深度、吞吐、最老任务、各工作进程租约 / depth by priority and state, throughput, oldest job, leases per worker");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var status = await services.GetRequiredService<ReadQueueStatus>().ReadAsync(cancellationToken);
            var depth = new Table().AddColumns("状态 (state)", "优先级 (priority)", "任务数 (jobs)");
            foreach (var count in status.Counts)
            {
                depth.AddRow(count.State, count.Priority.ToString(CultureInfo.InvariantCulture), count.Count.ToString("N0", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(depth);
            AnsiConsole.MarkupLine($"吞吐 (throughput): 最近 1 分钟 {status.DoneLastMinute} · 最近 1 小时 {status.DoneLastHour}");
            AnsiConsole.MarkupLine(status.OldestQueuedAt is { } oldest
                ? $"最老排队任务 (oldest queued): {oldest.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z"
                : "没有排队任务 (nothing queued)");
            foreach (var worker in status.Workers)
            {
                AnsiConsole.MarkupLine($"租约 (leases) {Markup.Escape(worker.Worker)}: {worker.Jobs} 个任务，最早到期 {worker.EarliestExpiry.ToUniversalTime():HH:mm:ss}Z");
            }

            foreach (var parked in status.RecentlyParked)
            {
                AnsiConsole.MarkupLine($"[red]已放弃 (parked)[/] #{parked.JobId} {Markup.Escape(TerminalText.Escape(parked.Key))} · {parked.Attempts} 次 · {Markup.Escape(TerminalText.Escape(parked.Reason))}");
            }

            return 0;
        });
        return command;
    }

    private static Command Add()
    {
        var prefix = new Option<string>("--prefix") { Description = "只排入此前缀下的对象 / only objects under this key prefix", DefaultValueFactory = _ => string.Empty };
        var priority = new Option<int>("--priority") { Description = "优先级，大者先处理（新上传用 10）/ priority, higher first (10 for fresh uploads)" };
        var command = new Command("add", "列举存储，把新增或变更的对象排入队列 / list the store and queue new or changed objects") { prefix, priority };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var (listed, queued) = await services.GetRequiredService<EnqueueIngestion>().EnqueueAsync(parse.GetValue(prefix)!, parse.GetValue(priority), cancellationToken);
            Console.WriteLine($"已列举 {listed} · 新排队 {queued} (listed, queued)");
            return 0;
        });
        return command;
    }
}
