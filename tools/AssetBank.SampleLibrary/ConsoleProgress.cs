using System.Globalization;

namespace AssetBank.SampleLibrary;

/// <summary>Writes progress lines to stderr synchronously (Progress&lt;T&gt; would post them out of order).</summary>
internal sealed class ConsoleProgress : IProgress<GenerationProgress>
{
    private readonly Lock _gate = new();

    public void Report(GenerationProgress value)
    {
        lock (_gate)
        {
            var width = value.FilesTotal.ToString(CultureInfo.InvariantCulture).Length;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[{value.FilesWritten.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{value.FilesTotal}] {value.LastPath}"));
        }
    }
}
