using System.CommandLine;
using AssetBank.Application.Ingesting;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var prefix = new Option<string>("--prefix") { Description = "只处理此前缀下的对象 / only objects under this key prefix", DefaultValueFactory = _ => string.Empty };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "重试之前失败且未变化的对象 / retry unchanged objects that failed before" };
        var command = new Command("ingest", "扫描对象存储，处理新增或变更的对象 / list the store and process new or changed objects")
        {
            prefix,
            retryFailed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var ingest = services.GetRequiredService<IngestAssets>();
            var request = new IngestionRequest(parse.GetValue(prefix) ?? string.Empty, RetryFailed: parse.GetValue(retryFailed) ? true : null);
            var report = await ConsoleProgress.RunAsync(progress => ingest.RunAsync(request, progress, CliContext.Waiting, cancellationToken));
            ReportPrinter.PrintIngestion(report);
            return 0;
        });
        return command;
    }
}
