using AssetBank.SampleLibrary;

namespace AssetBank.Cli.Tests;

/// <summary>The small generated sample library copied under <c>store/sample/</c> of a data folder and ingested through the CLI.</summary>
internal static class SampleBank
{
    public static async Task PrepareAsync(string root, string data)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var library = Path.Combine(root, "library");
        await SampleLibraryGenerator.GenerateAsync(new GeneratorOptions(library, LibrarySize.Small), null, timeout.Token);
        var store = Path.Combine(data, "store", "sample");
        foreach (var file in Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "manifest.json"))
        {
            var target = Path.Combine(store, Path.GetRelativePath(library, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var (code, _, error) = await CliProcess.RunAsync("ingest", "--data", data);
        Assert.True(code == 0, error);
    }

    /// <summary>Runs the CLI and asserts it succeeded; returns stdout.</summary>
    public static async Task<string> Run(params string[] arguments)
    {
        var (code, output, error) = await CliProcess.RunAsync(arguments);
        Assert.True(code == 0, $"assetbank {string.Join(' ', arguments)} → {code}\n{output}\n{error}");
        return output;
    }
}
