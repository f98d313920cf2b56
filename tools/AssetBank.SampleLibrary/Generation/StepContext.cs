using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>What a running step needs: where to write, a scratch folder, the process runner and the tools.</summary>
internal sealed record StepContext(
    string Root,
    string WorkDirectory,
    ProcessRunner Runner,
    string Ffmpeg,
    string FontFile,
    SizeProfile Profile)
{
    /// <summary>The absolute path of a library-relative path, with its folder created.</summary>
    public string Output(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>The absolute path of an existing library-relative path.</summary>
    public string Input(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Writes <paramref name="text"/> to a scratch file (UTF-8, no BOM) and returns its path.</summary>
    public async Task<string> ScratchTextAsync(string name, string text, CancellationToken ct)
    {
        var path = Path.Combine(WorkDirectory, name);
        await File.WriteAllTextAsync(path, text, Encodings.Utf8NoBom, ct);
        return path;
    }

    /// <summary>Runs ffmpeg quietly with <paramref name="arguments"/>, failing with stderr if it fails.</summary>
    public Task<ProcessResult> FfmpegAsync(IEnumerable<string> arguments, string what, CancellationToken ct)
    {
        List<string> all = ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments];
        return Runner.RunCheckedAsync(Ffmpeg, all, what, ct);
    }
}
