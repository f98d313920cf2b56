using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AssetBank.Application.Ingesting;
using AssetBank.Ingestion;
using AssetBank.SampleLibrary;
using AssetBank.Tagging.Evaluation;
using AssetBank.TaggingEval;

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

var scratch = Directory.CreateTempSubdirectory("assetbank-taggingeval-").FullName;
try
{
    var library = options.Library;
    if (library is null)
    {
        library = Path.Combine(scratch, "library");
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generating a {options.Generate.ToString().ToLowerInvariant()} sample library (seed {options.Seed}) in {library} …"));
        var summary = await SampleLibraryGenerator.GenerateAsync(new GeneratorOptions(library, options.Generate, options.Seed), null, cancellation.Token);
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"… {summary.TotalFiles} files in {summary.Elapsed.TotalSeconds:0.0} s"));
    }

    await Console.Error.WriteLineAsync("Ingesting " + library + " …");
    var evaluation = await LibraryTaggingEvaluation.RunAsync(
        library,
        Path.Combine(scratch, "work"),
        new TaggingEvaluationOptions { MinConfidence = options.MinConfidence },
        new StderrProgress(),
        cancellation.Token);
    if (options.Json)
    {
        var json = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        Console.WriteLine(JsonSerializer.Serialize(evaluation, json));
    }
    else
    {
        Console.Write(ReportWriter.Write(evaluation));
    }

    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    // A missing ffmpeg or font (generator), an unreadable manifest, a failing store: say what, not where.
    await Console.Error.WriteLineAsync($"error: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
finally
{
    Directory.Delete(scratch, recursive: true);
}
