using System.Globalization;
using AssetBank.Core.Errors;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction;

/// <summary>Runs one synchronous reader on a local file off the caller's thread, within the size and time limits.</summary>
internal static class ExtractionRun
{
    public static async Task<ExtractedContent> RunAsync(
        string key,
        string localPath,
        ExtractionOptions options,
        Func<ExtractionSource, CancellationToken, ExtractedContent> extract,
        CancellationToken cancellationToken)
    {
        var size = new FileInfo(localPath).Length;
        if (size > options.MaxFileBytes)
        {
            throw new ContentRejectedException(key, string.Create(CultureInfo.InvariantCulture,
                $"the file is {size:N0} bytes, over the extraction limit of {options.MaxFileBytes:N0} bytes (Extraction:MaxFileBytes)"));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var source = new ExtractionSource(key, localPath, options);
        try
        {
            // The parsers are synchronous and CPU-bound; they check the token between pages, slides and rows. WaitAsync
            // returns at the limit even when a parser is stuck inside one page: the item fails on time, and the abandoned
            // work stops at its next check.
            var content = await Task.Run(() => extract(source, timeout.Token), timeout.Token).WaitAsync(timeout.Token);
            return content with { Warnings = [.. content.Warnings, .. source.Warnings.ToList()] };
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContentRejectedException(key, $"extraction took longer than the limit of {options.Timeout} (Extraction:Timeout)", e);
        }
    }
}
