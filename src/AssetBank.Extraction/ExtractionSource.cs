using AssetBank.Core.Errors;

namespace AssetBank.Extraction;

/// <summary>One asset being extracted: its key (for messages), the local copy, the limits and the warnings so far.</summary>
internal sealed class ExtractionSource
{
    public ExtractionSource(string key, string path, ExtractionOptions options)
    {
        Key = key;
        Path = path;
        Options = options;
        Warnings = new WarningList(options.MaxWarnings);
    }

    public string Key { get; }

    public string Path { get; }

    /// <summary>The file name of the key, for messages that name the file.</summary>
    public string FileName => System.IO.Path.GetFileName(Key.TrimEnd('/')) is { Length: > 0 } name ? name : Key;

    public ExtractionOptions Options { get; }

    public WarningList Warnings { get; }

    public ContentRejectedException Reject(string problem, Exception? inner = null) => new(Key, problem, inner);

    /// <summary>Reads the whole file, or at most <paramref name="maxBytes"/> of it; <c>Truncated</c> says whether there was more.</summary>
    public (byte[] Bytes, bool Truncated) ReadBytes(long maxBytes)
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        var length = stream.Length;
        if (length == 0)
        {
            throw Reject("the file is empty (0 bytes)");
        }

        var take = (int)Math.Min(Math.Min(length, maxBytes), Array.MaxLength);
        var bytes = new byte[take];
        stream.ReadExactly(bytes);
        return (bytes, take < length);
    }
}
