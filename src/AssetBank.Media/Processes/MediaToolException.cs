using System.Text.RegularExpressions;
using AssetBank.Core.Errors;

namespace AssetBank.Media.Processes;

/// <summary>An external tool failed: non-zero exit, killed at its time limit or for too much output.</summary>
public sealed partial class MediaToolException : AssetBankException
{
    public MediaToolException(string operation, ProcessResult result)
        : base(BuildMessage(operation, result))
    {
        ArgumentNullException.ThrowIfNull(result);
        Operation = operation;
        Result = result;
    }

    /// <summary>What AssetBank was doing, e.g. <c>probing 'a/b.mp4'</c>.</summary>
    public string Operation { get; }

    public ProcessResult Result { get; }

    /// <summary>
    /// The short reason a user can act on: the tool's last two distinct stderr lines without ffmpeg's
    /// <c>[demuxer @ 0x…]</c> prefixes and file paths (e.g. <c>moov atom not found; Invalid data found when processing
    /// input</c>), or the stop reason when the process was killed.
    /// </summary>
    public string Reason
    {
        get
        {
            if (Result.StopReason != ProcessStopReason.Exited)
            {
                return Result.Describe();
            }

            var lines = Result.StderrTail
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Simplify)
                .Where(l => l.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .TakeLast(2)
                .ToList();
            return lines.Count == 0 ? Result.Describe() : string.Join("; ", lines);
        }
    }

    private static string Simplify(string line)
    {
        var text = LogPrefix().Replace(line, string.Empty);
        return PathPrefix().Replace(text, string.Empty).Trim();
    }

    [GeneratedRegex(@"^\[[^\]]{1,80} @ 0x[0-9a-f]+\]\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LogPrefix();

    [GeneratedRegex(@"^(file:)?/\S*:\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PathPrefix();

    private static string BuildMessage(string operation, ProcessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tail = result.StderrTail.Trim();
        return tail.Length == 0
            ? $"{operation} failed: {result.Describe()}."
            : $"{operation} failed: {result.Describe()}. stderr (last lines):\n{tail}";
    }
}
