namespace AssetBank.Cli;

/// <summary>Reports each line on the caller's thread, in order (<see cref="Progress{T}"/> would post them later, out of order with the summary).</summary>
internal sealed class LineProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
