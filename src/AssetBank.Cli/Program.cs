using System.CommandLine;
using System.Text;
using AssetBank.Cli;
using AssetBank.Cli.Commands;
using AssetBank.Core.Errors;
using Microsoft.Extensions.Options;

Console.OutputEncoding = Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // Logs and pipes: no wrapping inside table cells, so a reason stays greppable on one line.
    Spectre.Console.AnsiConsole.Profile.Width = 240;
}

var root = new RootCommand("AssetBank 内容资产银行 — content asset bank for agencies")
{
    GlobalOptions.Config,
    GlobalOptions.Data,
    GlobalOptions.Set,
    IngestCommand.Create(),
    UploadCommand.Create(),
    StatusCommand.Create(),
    TagCommand.Create(),
    RetagCommand.Create(),
    TagsCommand.Create(),
    TaxonomyCommand.Create(),
    AnalyzeCommand.Create(),
    SearchCommand.Create(),
    ReindexCommand.Create(),
    ImportCommand.Create(),
    CheckCommand.Create(),
    KickoffCommand.Create(),
    ReuseCommand.Create(),
    ProjectCommand.Create(),
    ReportCommand.Create(),
    SimilarityCommand.Create(),
    UsersCommand.Create(),
    AuditCommand.Create(),
    ReferenceCommand.Create(),
    AlarmsCommand.Create(),
    CollectionsCommand.Create(),
    SearchesCommand.Create(),
    RightsCommand.Create(),
    CatalogCommand.Create(),
    WorkerCommand.Create(),
    QueueCommand.Create(),
};

try
{
    // On Ctrl+C or SIGTERM a command's token is cancelled; a worker then needs a moment to hand its leases back.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
}
catch (DataFolderBusyException e)
{
    await Console.Error.WriteLineAsync($"错误 (error): {TerminalText.Escape(e.Message)}");
    return 3;
}
catch (Exception e) when (e is AssetBankException or OptionsValidationException or InvalidOperationException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"错误 (error): {TerminalText.Escape(e.Message)}");
    return 1;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("已取消 (cancelled)");
    return 130;
}
