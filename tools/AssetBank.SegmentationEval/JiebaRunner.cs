using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace AssetBank.SegmentationEval;

/// <summary>
/// Segments sentences with jieba (default mode, HMM on) in one Python subprocess: sentences go in on
/// standard input one per line, a JSON array of words per line comes back.
/// </summary>
internal static class JiebaRunner
{
    private const string Script = """
        import json, sys, logging
        import jieba
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        sys.stdout.write(json.dumps({"version": getattr(jieba, "__version__", "?")}) + "\n")
        for line in sys.stdin:
            line = line.rstrip("\n")
            sys.stdout.write(json.dumps(list(jieba.cut(line, HMM=True)), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        """;

    public static (string Version, List<string[]> Words) Segment(string python, IReadOnlyList<string> sentences, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        foreach (var sentence in sentences)
        {
            process.StandardInput.Write(sentence);
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jieba did not finish within {timeout.TotalSeconds:F0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{python} exited with {process.ExitCode} (is python3-jieba installed?): {stderr.Result.Trim()}");
        }

        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != sentences.Count + 1)
        {
            throw new InvalidOperationException($"jieba answered {lines.Length - 1} lines for {sentences.Count} sentences.");
        }

        var version = JsonDocument.Parse(lines[0]).RootElement.GetProperty("version").GetString() ?? "?";
        var words = lines.Skip(1).Select(line => JsonSerializer.Deserialize<string[]>(line) ?? []).ToList();
        return (version, words);
    }
}
