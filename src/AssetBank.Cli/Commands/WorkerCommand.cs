using System.CommandLine;
using AssetBank.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank worker [--slots N]</c>: runs ingestion jobs from the catalog's queue until stopped (PostgreSQL: any machine; embedded: processes on this machine sharing the data folder).</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var slots = new Option<int>("--slots")
        {
            Description = "同时处理的任务数 / jobs this worker runs at once",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount / 2),
        };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "队列中没有排队或运行中的任务时退出 / exit once no job is queued or running anywhere" };
        var name = new Option<string?>("--name") { Description = "工作进程名（默认 主机名/进程号）/ worker name in leases (default host/pid)" };
        var command = new Command("worker", "从目录库的任务队列领取并处理入库任务 / run ingestion jobs from the catalog's queue")
        {
            slots, untilEmpty, name,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(slots);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync($"错误 (error): --slots {count} must be at least 1");
                return 2;
            }

            await using var services = CliContext.BuildServices(parse);
            var id = parse.GetValue(name) is { Length: > 0 } given ? given : $"{Environment.MachineName}/{Environment.ProcessId}";
            await Console.Error.WriteLineAsync($"工作进程 {id} · {count} 个槽位 (worker {id}, {count} slots)");
            var events = new LineProgress(line => Console.Out.WriteLine(TerminalText.Escape(line)));
            var report = await services.GetRequiredService<JobWorker>().RunAsync(id, count, parse.GetValue(untilEmpty), events, cancellationToken);
            await Console.Error.WriteLineAsync($"完成 {report.Done} · 失败 {report.Failed} · 租约失效被拒 {report.Rejected} · 退回队列 {report.Released} (done, failed, rejected, released)");
            return 0;
        });
        return command;
    }
}
