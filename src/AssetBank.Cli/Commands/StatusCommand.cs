using System.CommandLine;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Cli.Commands;

internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "资产库概况与失败清单 / catalog summary and the list of failures");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var catalog = services.GetRequiredService<IAssetCatalog>();
            await catalog.InitializeAsync(cancellationToken);
            ReportPrinter.PrintSummary(await catalog.GetSummaryAsync(cancellationToken));
            var failures = new List<IngestionFailure>();
            await foreach (var asset in catalog.ListAsync(new AssetFilter(Status: AssetStatus.Failed), cancellationToken))
            {
                failures.Add(new IngestionFailure(asset.Key, asset.FailureReason ?? string.Empty));
            }

            ReportPrinter.PrintFailures(failures);
            return 0;
        });
        return command;
    }
}
