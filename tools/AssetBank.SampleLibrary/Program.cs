using System.Globalization;
using AssetBank.SampleLibrary;
using AssetBank.SampleLibrary.Media;

if (args.Length > 0 && args[0] == "rights")
{
    return await SampleRightsCommand.RunAsync(args[1..]);
}

var options = CommandLine.Parse(args, out var error, out var help);
if (help)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

if (options is null)
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var summary = await SampleLibraryGenerator.GenerateAsync(options, new ConsoleProgress(), cancellation.Token);
    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"Sample library ({options.Size.ToString().ToLowerInvariant()}, seed {options.Seed}) written to {summary.Root}"));
    Console.WriteLine(string.Create(inv, $"{"kind",-10} {"files",6} {"bytes",14}"));
    foreach (var kind in summary.Kinds)
    {
        Console.WriteLine(string.Create(inv, $"{kind.Kind,-10} {kind.Files,6} {kind.Bytes,14:N0}"));
    }

    Console.WriteLine(string.Create(inv, $"{"total",-10} {summary.TotalFiles,6} {summary.TotalBytes,14:N0}"));
    Console.WriteLine(string.Create(inv, $"manifest: {summary.ManifestPath}"));
    Console.WriteLine(string.Create(inv, $"elapsed: {summary.Elapsed.TotalSeconds:0.0} s"));
    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or ExternalToolException)
{
    await Console.Error.WriteLineAsync("error: " + ex.Message);
    return 1;
}
